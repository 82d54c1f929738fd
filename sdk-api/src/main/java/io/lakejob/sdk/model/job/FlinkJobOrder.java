package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The sort order of the Flink job list (reference 9.7 {@code order}), by time. Unknown values from the service are kept. */
public final class FlinkJobOrder extends ExtensibleEnum {
    private static final EnumRegistry<FlinkJobOrder> REGISTRY = new EnumRegistry<>(FlinkJobOrder::new);

    /** Ascending by time. */
    public static final FlinkJobOrder ASC = REGISTRY.known("asc");
    /** Descending by time (the default). */
    public static final FlinkJobOrder DESC = REGISTRY.known("desc");

    private FlinkJobOrder(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static FlinkJobOrder of(String value) {
        return REGISTRY.of("order", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<FlinkJobOrder> knownValues() {
        return REGISTRY.values();
    }
}
