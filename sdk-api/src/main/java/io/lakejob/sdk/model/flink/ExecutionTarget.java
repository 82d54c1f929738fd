package io.lakejob.sdk.model.flink;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/**
 * Where a Flink SQL job runs (the Dinky {@code type}). Unknown values are kept.
 */
public final class ExecutionTarget extends ExtensibleEnum {
    private static final EnumRegistry<ExecutionTarget> REGISTRY = new EnumRegistry<>(ExecutionTarget::new);

    /** A mini-cluster inside the executing process. */
    public static final ExecutionTarget LOCAL = REGISTRY.known("local");
    /** A standalone Flink cluster, reached at {@code address}. */
    public static final ExecutionTarget STANDALONE = REGISTRY.known("standalone");
    /** A running YARN session, reached at {@code address}. */
    public static final ExecutionTarget YARN_SESSION = REGISTRY.known("yarn-session");
    /** A new YARN cluster per job. */
    public static final ExecutionTarget YARN_PER_JOB = REGISTRY.known("yarn-per-job");
    /** A YARN application cluster. */
    public static final ExecutionTarget YARN_APPLICATION = REGISTRY.known("yarn-application");
    /** A running Kubernetes session, reached at {@code address}. */
    public static final ExecutionTarget KUBERNETES_SESSION = REGISTRY.known("kubernetes-session");
    /** A Kubernetes application cluster. */
    public static final ExecutionTarget KUBERNETES_APPLICATION = REGISTRY.known("kubernetes-application");

    static {
        REGISTRY.alias("yarn_session", YARN_SESSION);
        REGISTRY.alias("yarn_per_job", YARN_PER_JOB);
        REGISTRY.alias("yarn_application", YARN_APPLICATION);
        REGISTRY.alias("kubernetes_session", KUBERNETES_SESSION);
        REGISTRY.alias("kubernetes_application", KUBERNETES_APPLICATION);
    }

    private ExecutionTarget(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static ExecutionTarget of(String value) {
        return REGISTRY.of("type", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<ExecutionTarget> knownValues() {
        return REGISTRY.values();
    }
}
