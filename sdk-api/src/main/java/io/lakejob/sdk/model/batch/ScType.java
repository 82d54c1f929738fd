package io.lakejob.sdk.model.batch;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;
import java.util.Set;

/**
 * The compute resource type of a Spark batch job ({@code sc_type}, reference 10.1.1, table 10-3).
 * Requests accept {@link #A}, {@link #B} and {@link #C}; the service answers {@link #CUSTOMIZED}
 * when the job overrides the type's defaults. Unknown values from the service are kept.
 */
public final class ScType extends ExtensibleEnum {
    private static final EnumRegistry<ScType> REGISTRY = new EnumRegistry<>(ScType::new);

    /** 8 cores, 32 GB: driver 2 cores / 7G, executors 1 core / 4G, 6 executors. */
    public static final ScType A = REGISTRY.known("A");
    /** 16 cores, 64 GB: driver 2 cores / 7G, executors 2 cores / 8G, 7 executors. */
    public static final ScType B = REGISTRY.known("B");
    /** 32 cores, 128 GB: driver 4 cores / 15G, executors 2 cores / 8G, 14 executors. */
    public static final ScType C = REGISTRY.known("C");
    /** Returned by the service when the job customises the resources; not accepted in requests. */
    public static final ScType CUSTOMIZED = REGISTRY.known("CUSTOMIZED");

    /** The values a request may send. */
    public static final Set<ScType> REQUESTABLE = Set.of(A, B, C);

    private ScType(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static ScType of(String value) {
        return REGISTRY.of("sc_type", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<ScType> knownValues() {
        return REGISTRY.values();
    }
}
