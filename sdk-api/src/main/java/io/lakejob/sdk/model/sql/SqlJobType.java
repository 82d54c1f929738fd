package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The type of a SQL job (reference 7.3.3, 7.3.5, 7.3.7). Unknown values from the service are kept. */
public final class SqlJobType extends ExtensibleEnum {
    private static final EnumRegistry<SqlJobType> REGISTRY = new EnumRegistry<>(SqlJobType::new);

    /** A data definition statement. */
    public static final SqlJobType DDL = REGISTRY.known("DDL");
    /** A data control statement; submitted synchronously. */
    public static final SqlJobType DCL = REGISTRY.known("DCL");
    /** A data import. */
    public static final SqlJobType IMPORT = REGISTRY.known("IMPORT");
    /** A data export. */
    public static final SqlJobType EXPORT = REGISTRY.known("EXPORT");
    /** A query; its result can be previewed and exported. */
    public static final SqlJobType QUERY = REGISTRY.known("QUERY");
    /** An insert statement. */
    public static final SqlJobType INSERT = REGISTRY.known("INSERT");
    /** A data migration. */
    public static final SqlJobType DATA_MIGRATION = REGISTRY.known("DATA_MIGRATION");
    /** An update statement. */
    public static final SqlJobType UPDATE = REGISTRY.known("UPDATE");
    /** A delete statement. */
    public static final SqlJobType DELETE = REGISTRY.known("DELETE");
    /** A queue restart. */
    public static final SqlJobType RESTART_QUEUE = REGISTRY.known("RESTART_QUEUE");
    /** A queue scaling. */
    public static final SqlJobType SCALE_QUEUE = REGISTRY.known("SCALE_QUEUE");
    /** Every type; only meaningful as the {@code job-type} filter of a list. */
    public static final SqlJobType ALL = REGISTRY.known("ALL");

    private SqlJobType(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static SqlJobType of(String value) {
        return REGISTRY.of("job_type", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<SqlJobType> knownValues() {
        return REGISTRY.values();
    }
}
