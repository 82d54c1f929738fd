package io.lakejob.sdk.internal;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Holds the known values of one {@link ExtensibleEnum} type and resolves text to values:
 * exact match, then an alias, then a case-insensitive match, else a new unknown value.
 * Not part of the public API.
 *
 * @param <E> the enum type
 */
public final class EnumRegistry<E extends ExtensibleEnum> {
    private final BiFunction<String, Boolean, E> factory;
    private final Map<String, E> known = new LinkedHashMap<>();
    private final Map<String, E> lookup = new LinkedHashMap<>();

    /**
     * Creates a registry.
     *
     * @param factory creates a value from its text and whether it is known
     */
    public EnumRegistry(BiFunction<String, Boolean, E> factory) {
        this.factory = factory;
    }

    /**
     * Declares a known value. Call only from static initialisers.
     *
     * @param value the wire text
     * @return the constant
     */
    public synchronized E known(String value) {
        E e = factory.apply(value, Boolean.TRUE);
        known.put(value, e);
        lookup.put(value.toLowerCase(Locale.ROOT), e);
        return e;
    }

    /**
     * Declares another spelling of a known value (for example {@code job_cancelling}).
     *
     * @param spelling the other spelling
     * @param value the constant it means
     * @return the constant
     */
    public synchronized E alias(String spelling, E value) {
        lookup.put(spelling.toLowerCase(Locale.ROOT), value);
        return value;
    }

    /**
     * Resolves text to a value; unknown text gives a new value whose {@code isKnown()} is false.
     *
     * @param field the field name used in the error for blank text
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public synchronized E of(String field, String value) {
        if (value == null) {
            return null;
        }
        E exact = known.get(value);
        if (exact != null) {
            return exact;
        }
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            throw new ValidationException(field, "must not be blank");
        }
        E found = lookup.get(trimmed.toLowerCase(Locale.ROOT));
        return found != null ? found : factory.apply(trimmed, Boolean.FALSE);
    }

    /**
     * The declared values in declaration order.
     *
     * @return an immutable list
     */
    public synchronized List<E> values() {
        return Collections.unmodifiableList(new ArrayList<>(known.values()));
    }
}
