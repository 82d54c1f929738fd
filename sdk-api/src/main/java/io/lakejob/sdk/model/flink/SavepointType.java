package io.lakejob.sdk.model.flink;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/**
 * What a savepoint request does to the job (the Dinky {@code savePointType}). Unknown values are kept.
 */
public final class SavepointType extends ExtensibleEnum {
    private static final EnumRegistry<SavepointType> REGISTRY = new EnumRegistry<>(SavepointType::new);

    /** Takes a savepoint; the job keeps running. */
    public static final SavepointType TRIGGER = REGISTRY.known("trigger");
    /** Takes a savepoint and stops the job gracefully. */
    public static final SavepointType STOP = REGISTRY.known("stop");
    /** Takes a savepoint and cancels the job. */
    public static final SavepointType CANCEL = REGISTRY.known("cancel");

    private SavepointType(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static SavepointType of(String value) {
        return REGISTRY.of("savePointType", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<SavepointType> knownValues() {
        return REGISTRY.values();
    }
}
