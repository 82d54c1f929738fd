package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** How a Flink job runs (reference 9.2 {@code run_mode}). Unknown values from the service are kept. */
public final class RunMode extends ExtensibleEnum {
    private static final EnumRegistry<RunMode> REGISTRY = new EnumRegistry<>(RunMode::new);

    /** Shared cluster (the default). */
    public static final RunMode SHARED_CLUSTER = REGISTRY.known("shared_cluster");
    /** Exclusive cluster. */
    public static final RunMode EXCLUSIVE_CLUSTER = REGISTRY.known("exclusive_cluster");
    /** Edge node. */
    public static final RunMode EDGE_NODE = REGISTRY.known("edge_node");

    private RunMode(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static RunMode of(String value) {
        return REGISTRY.of("run_mode", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<RunMode> knownValues() {
        return REGISTRY.values();
    }
}
