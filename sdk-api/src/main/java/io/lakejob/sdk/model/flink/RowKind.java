package io.lakejob.sdk.model.flink;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/**
 * The changelog operation of a result row (the {@code op} column of a changelog result). Unknown
 * values are kept.
 */
public final class RowKind extends ExtensibleEnum {
    private static final EnumRegistry<RowKind> REGISTRY = new EnumRegistry<>(RowKind::new);

    /** An inserted row ({@code +I}). */
    public static final RowKind INSERT = REGISTRY.known("+I");
    /** The old content of an updated row ({@code -U}). */
    public static final RowKind UPDATE_BEFORE = REGISTRY.known("-U");
    /** The new content of an updated row ({@code +U}). */
    public static final RowKind UPDATE_AFTER = REGISTRY.known("+U");
    /** A deleted row ({@code -D}). */
    public static final RowKind DELETE = REGISTRY.known("-D");

    static {
        REGISTRY.alias("INSERT", INSERT);
        REGISTRY.alias("UPDATE_BEFORE", UPDATE_BEFORE);
        REGISTRY.alias("UPDATE_AFTER", UPDATE_AFTER);
        REGISTRY.alias("DELETE", DELETE);
    }

    private RowKind(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text ({@code +I}, {@code -U}, {@code +U}, {@code -D}, or Flink's
     * {@code INSERT}, ... names); unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static RowKind of(String value) {
        return REGISTRY.of("op", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<RowKind> knownValues() {
        return REGISTRY.values();
    }
}
