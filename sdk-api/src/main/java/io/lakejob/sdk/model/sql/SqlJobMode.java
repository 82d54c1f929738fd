package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** How a SQL job runs (field {@code job_mode}). Unknown values from the service are kept. */
public final class SqlJobMode extends ExtensibleEnum {
    private static final EnumRegistry<SqlJobMode> REGISTRY = new EnumRegistry<>(SqlJobMode::new);

    /** Asynchronously: poll its status. */
    public static final SqlJobMode ASYNC = REGISTRY.known("async");
    /** Synchronously: the answer already holds the outcome. */
    public static final SqlJobMode SYNC = REGISTRY.known("sync");

    private SqlJobMode(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static SqlJobMode of(String value) {
        return REGISTRY.of("job_mode", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<SqlJobMode> knownValues() {
        return REGISTRY.values();
    }
}
