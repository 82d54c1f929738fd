package io.lakejob.sdk.model.template;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The job type of a Flink job template ({@code job_type}). Unknown values from the service are kept. */
public final class TemplateJobType extends ExtensibleEnum {
    private static final EnumRegistry<TemplateJobType> REGISTRY = new EnumRegistry<>(TemplateJobType::new);

    /** A Flink SQL job template (the default). */
    public static final TemplateJobType FLINK_SQL_JOB = REGISTRY.known("flink_sql_job");
    /** A Flink OpenSource SQL job template. */
    public static final TemplateJobType FLINK_OPENSOURCE_SQL_JOB = REGISTRY.known("flink_opensource_sql_job");

    private TemplateJobType(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static TemplateJobType of(String value) {
        return REGISTRY.of("job_type", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<TemplateJobType> knownValues() {
        return REGISTRY.values();
    }
}
