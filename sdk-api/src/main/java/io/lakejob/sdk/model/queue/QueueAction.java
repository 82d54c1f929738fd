package io.lakejob.sdk.model.queue;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** An action on a queue (reference 6.5). */
public final class QueueAction extends ExtensibleEnum {
    private static final EnumRegistry<QueueAction> REGISTRY = new EnumRegistry<>(QueueAction::new);

    /** Restart the queue (SQL queues only). */
    public static final QueueAction RESTART = REGISTRY.known("restart");
    /** Add compute units. */
    public static final QueueAction SCALE_OUT = REGISTRY.known("scale_out");
    /** Remove compute units. */
    public static final QueueAction SCALE_IN = REGISTRY.known("scale_in");

    private QueueAction(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static QueueAction of(String value) {
        return REGISTRY.of("action", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<QueueAction> knownValues() {
        return REGISTRY.values();
    }
}
