package io.lakejob.sdk.model;

import java.util.Objects;

/**
 * Base of the SDK's enumerations. Unlike a Java {@code enum}, a value the SDK does not know
 * (because the service added it later) is kept as it is instead of failing:
 * {@link #isKnown()} tells the two apart. Two values are equal when their text is equal.
 */
public abstract class ExtensibleEnum {
    private final String value;
    private final boolean known;

    /**
     * Creates a value.
     *
     * @param value the wire text
     * @param known whether this SDK version defines it
     */
    protected ExtensibleEnum(String value, boolean known) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = known;
    }

    /**
     * The value as the service spells it.
     *
     * @return the wire text
     */
    public final String value() {
        return value;
    }

    /**
     * Whether this SDK version defines the value.
     *
     * @return {@code true} for one of the declared constants
     */
    public final boolean isKnown() {
        return known;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((ExtensibleEnum) o).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + value.hashCode();
    }

    @Override
    public final String toString() {
        return value;
    }
}
