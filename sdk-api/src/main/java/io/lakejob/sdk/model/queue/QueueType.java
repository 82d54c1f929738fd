package io.lakejob.sdk.model.queue;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The type of a queue. Unknown values from the service are kept. */
public final class QueueType extends ExtensibleEnum {
    private static final EnumRegistry<QueueType> REGISTRY = new EnumRegistry<>(QueueType::new);

    /** A queue for SQL jobs (the default). */
    public static final QueueType SQL = REGISTRY.known("sql");
    /** A general-purpose queue for Flink and Spark jar jobs. */
    public static final QueueType GENERAL = REGISTRY.known("general");
    /** Every type; only meaningful as a list filter. */
    public static final QueueType ALL = REGISTRY.known("all");

    private QueueType(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static QueueType of(String value) {
        return REGISTRY.of("queue_type", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<QueueType> knownValues() {
        return REGISTRY.values();
    }
}
