package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The type of a Flink job (reference 9.2, 9.7, 9.8). Unknown values from the service are kept. */
public final class JobType extends ExtensibleEnum {
    private static final EnumRegistry<JobType> REGISTRY = new EnumRegistry<>(JobType::new);

    /** A Flink SQL job ({@code flink_sql_job}). */
    public static final JobType FLINK_SQL_JOB = REGISTRY.known("flink_sql_job");
    /** A Flink OpenSource SQL job ({@code flink_opensource_sql_job}, shown in the 9.8 example). */
    public static final JobType FLINK_OPENSOURCE_SQL_JOB = REGISTRY.known("flink_opensource_sql_job");
    /** A Flink jar (user-defined) job ({@code flink_jar_job}). */
    public static final JobType FLINK_JAR_JOB = REGISTRY.known("flink_jar_job");

    private JobType(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static JobType of(String value) {
        return REGISTRY.of("job_type", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<JobType> knownValues() {
        return REGISTRY.values();
    }
}
