package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;
import java.util.Set;

/** The format of imported or exported data (field {@code data_type}). Unknown values from the service are kept. */
public final class SqlDataType extends ExtensibleEnum {
    private static final EnumRegistry<SqlDataType> REGISTRY = new EnumRegistry<>(SqlDataType::new);

    /** Comma-separated values (import and export). */
    public static final SqlDataType CSV = REGISTRY.known("csv");
    /** JSON (import and export). */
    public static final SqlDataType JSON = REGISTRY.known("json");
    /** Parquet (import only). */
    public static final SqlDataType PARQUET = REGISTRY.known("parquet");
    /** ORC (import only). */
    public static final SqlDataType ORC = REGISTRY.known("orc");
    /** Avro (import only; not the avro data that Hive tables produce). */
    public static final SqlDataType AVRO = REGISTRY.known("avro");

    /** The formats an import accepts (7.3.1): csv, parquet, orc, json, avro. */
    public static final Set<SqlDataType> IMPORT_TYPES = Set.of(CSV, JSON, PARQUET, ORC, AVRO);

    /** The formats an export writes (7.3.2, 7.3.10): csv and json. */
    public static final Set<SqlDataType> EXPORT_TYPES = Set.of(CSV, JSON);

    private SqlDataType(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static SqlDataType of(String value) {
        return REGISTRY.of("data_type", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<SqlDataType> knownValues() {
        return REGISTRY.values();
    }
}
