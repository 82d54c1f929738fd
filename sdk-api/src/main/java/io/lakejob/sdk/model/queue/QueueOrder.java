package io.lakejob.sdk.model.queue;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The sort order of a queue listing. */
public final class QueueOrder extends ExtensibleEnum {
    private static final EnumRegistry<QueueOrder> REGISTRY = new EnumRegistry<>(QueueOrder::new);

    /** By name, ascending (the default). */
    public static final QueueOrder QUEUE_NAME_ASC = REGISTRY.known("queue_name_asc");
    /** By name, descending. */
    public static final QueueOrder QUEUE_NAME_DESC = REGISTRY.known("queue_name_desc");
    /** By CU count, ascending. */
    public static final QueueOrder CU_ASC = REGISTRY.known("cu_asc");
    /** By CU count, descending. */
    public static final QueueOrder CU_DESC = REGISTRY.known("cu_desc");

    private QueueOrder(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static QueueOrder of(String value) {
        return REGISTRY.of("order", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<QueueOrder> knownValues() {
        return REGISTRY.values();
    }
}
