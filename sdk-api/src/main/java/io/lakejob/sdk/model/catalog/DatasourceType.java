package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The {@code datasource-type} filter of a table listing (reference 7.2.3). Unknown values from the service are kept. */
public final class DatasourceType extends ExtensibleEnum {
    private static final EnumRegistry<DatasourceType> REGISTRY = new EnumRegistry<>(DatasourceType::new);

    /** Cloud Search Service tables. */
    public static final DatasourceType CSS = REGISTRY.known("CSS");
    /** DLI tables. */
    public static final DatasourceType DLI = REGISTRY.known("DLI");
    /** Data Warehouse Service tables. */
    public static final DatasourceType DWS = REGISTRY.known("DWS");
    /** GeoMesa tables. */
    public static final DatasourceType GEOMESA = REGISTRY.known("Geomesa");
    /** HBase tables. */
    public static final DatasourceType HBASE = REGISTRY.known("HBase");
    /** JDBC tables. */
    public static final DatasourceType JDBC = REGISTRY.known("JDBC");
    /** MongoDB tables. */
    public static final DatasourceType MONGO = REGISTRY.known("Mongo");
    /** OBS tables. */
    public static final DatasourceType OBS = REGISTRY.known("OBS");
    /** ODPS tables. */
    public static final DatasourceType ODPS = REGISTRY.known("ODPS");
    /** OpenTSDB tables. */
    public static final DatasourceType OPENTSDB = REGISTRY.known("OpenTSDB");
    /** Redis tables. */
    public static final DatasourceType REDIS = REGISTRY.known("Redis");
    /** Relational Database Service tables. */
    public static final DatasourceType RDS = REGISTRY.known("RDS");

    private DatasourceType(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text (case-insensitive); unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static DatasourceType of(String value) {
        return REGISTRY.of("datasource-type", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<DatasourceType> knownValues() {
        return REGISTRY.values();
    }
}
