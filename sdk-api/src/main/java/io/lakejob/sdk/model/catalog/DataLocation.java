package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** Where a table's data is stored (reference 7.2.1 {@code data_location}). Unknown values from the service are kept. */
public final class DataLocation extends ExtensibleEnum {
    private static final EnumRegistry<DataLocation> REGISTRY = new EnumRegistry<>(DataLocation::new);

    /** An OBS table: the data lives in an OBS path ({@code data_type} and {@code data_path} are required). */
    public static final DataLocation OBS = REGISTRY.known("OBS");
    /** A DLI table: the data is managed by DLI. */
    public static final DataLocation DLI = REGISTRY.known("DLI");
    /** A view defined by a {@code select_statement}. */
    public static final DataLocation VIEW = REGISTRY.known("VIEW");

    private DataLocation(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text (case-insensitive); unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static DataLocation of(String value) {
        return REGISTRY.of("data_location", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<DataLocation> knownValues() {
        return REGISTRY.values();
    }
}
