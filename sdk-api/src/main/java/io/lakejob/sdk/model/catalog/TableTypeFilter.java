package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The {@code table-type} filter of a table listing (reference 7.2.3); the service spells these differently from {@link TableType}. Unknown values from the service are kept. */
public final class TableTypeFilter extends ExtensibleEnum {
    private static final EnumRegistry<TableTypeFilter> REGISTRY = new EnumRegistry<>(TableTypeFilter::new);

    /** DLI tables. */
    public static final TableTypeFilter MANAGED_TABLE = REGISTRY.known("MANAGED_TABLE");
    /** OBS tables. */
    public static final TableTypeFilter EXTERNAL_TABLE = REGISTRY.known("EXTERNAL_TABLE");
    /** Views. */
    public static final TableTypeFilter VIRTUAL_VIEW = REGISTRY.known("VIRTUAL_VIEW");

    private TableTypeFilter(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text (case-insensitive); unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static TableTypeFilter of(String value) {
        return REGISTRY.of("table-type", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<TableTypeFilter> knownValues() {
        return REGISTRY.values();
    }
}
