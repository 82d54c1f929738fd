package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The type of a table as the service reports it (reference 7.2.3 and 7.2.4 {@code table_type}). Unknown values from the service are kept. */
public final class TableType extends ExtensibleEnum {
    private static final EnumRegistry<TableType> REGISTRY = new EnumRegistry<>(TableType::new);

    /** A DLI table. */
    public static final TableType MANAGED = REGISTRY.known("MANAGED");
    /** An OBS table. */
    public static final TableType EXTERNAL = REGISTRY.known("EXTERNAL");
    /** A view. */
    public static final TableType VIEW = REGISTRY.known("VIEW");

    static {
        REGISTRY.alias("MANAGED_TABLE", MANAGED);
        REGISTRY.alias("EXTERNAL_TABLE", EXTERNAL);
        REGISTRY.alias("VIRTUAL_VIEW", VIEW);
    }

    private TableType(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text (case-insensitive); unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static TableType of(String value) {
        return REGISTRY.of("table_type", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<TableType> knownValues() {
        return REGISTRY.values();
    }
}
