package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/**
 * The checkpoint mode of a Flink job. The request tables of 9.2 and 9.3 give it as an integer
 * ({@code 1} = exactly_once, {@code 2} = at_least_once) while their examples and the 9.7/9.8
 * responses use the names; both spellings are accepted by {@link #of(String)} and
 * {@link #code()} gives the number. Unknown values from the service are kept.
 */
public final class CheckpointMode extends ExtensibleEnum {
    private static final EnumRegistry<CheckpointMode> REGISTRY = new EnumRegistry<>(CheckpointMode::new);

    /** Data is consumed exactly once (code 1, the default). */
    public static final CheckpointMode EXACTLY_ONCE = REGISTRY.known("exactly_once");
    /** Data is consumed at least once (code 2). */
    public static final CheckpointMode AT_LEAST_ONCE = REGISTRY.known("at_least_once");

    static {
        REGISTRY.alias("1", EXACTLY_ONCE);
        REGISTRY.alias("2", AT_LEAST_ONCE);
    }

    private CheckpointMode(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text ({@code exactly_once}, {@code at_least_once}, {@code 1} or
     * {@code 2}); unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static CheckpointMode of(String value) {
        return REGISTRY.of("checkpoint_mode", value);
    }

    /**
     * The value for the numeric form of the request tables.
     *
     * @param code 1 or 2; other numbers give an unknown value
     * @return the value
     */
    public static CheckpointMode ofCode(int code) {
        return of(Integer.toString(code));
    }

    /**
     * The numeric form of the request tables: 1 for exactly_once, 2 for at_least_once.
     *
     * @return the code, or {@code null} for an unknown value
     */
    public Integer code() {
        if (EXACTLY_ONCE.equals(this)) {
            return 1;
        }
        if (AT_LEAST_ONCE.equals(this)) {
            return 2;
        }
        return null;
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<CheckpointMode> knownValues() {
        return REGISTRY.values();
    }
}
