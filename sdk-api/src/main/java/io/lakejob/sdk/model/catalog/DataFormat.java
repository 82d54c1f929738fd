package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The data format of an OBS table (reference 7.2.1 and 7.2.4 {@code data_type}). Unknown values from the service are kept. */
public final class DataFormat extends ExtensibleEnum {
    private static final EnumRegistry<DataFormat> REGISTRY = new EnumRegistry<>(DataFormat::new);

    /** Comma-separated values; the only format with header, delimiter, quote and escape settings. */
    public static final DataFormat CSV = REGISTRY.known("csv");
    /** Apache Parquet. */
    public static final DataFormat PARQUET = REGISTRY.known("parquet");
    /** Apache ORC. */
    public static final DataFormat ORC = REGISTRY.known("orc");
    /** JSON lines. */
    public static final DataFormat JSON = REGISTRY.known("json");
    /** Apache Avro. */
    public static final DataFormat AVRO = REGISTRY.known("avro");

    private DataFormat(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text (case-insensitive); unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static DataFormat of(String value) {
        return REGISTRY.of("data_type", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<DataFormat> knownValues() {
        return REGISTRY.values();
    }
}
