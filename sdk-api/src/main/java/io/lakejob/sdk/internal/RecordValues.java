package io.lakejob.sdk.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and builds records component by component, so that a field group's records (the Flink job
 * settings, the SQL job) need no code per field beyond the component itself: copy, overlay and
 * build from values are written once here. Not part of the public API.
 */
public final class RecordValues {
    private RecordValues() {}

    /**
     * The components of a record type, checked against the names of its field descriptors: the
     * descriptor {@code CU_NUMBER} describes the component {@code cuNumber}, in the same order.
     *
     * @param type the record type
     * @param fields its field descriptors, in component order
     * @return the components, in declaration order
     * @throws IllegalStateException when the descriptors and the components differ
     */
    public static RecordComponent[] components(Class<? extends Record> type, Enum<?>[] fields) {
        RecordComponent[] components = type.getRecordComponents();
        if (components.length != fields.length) {
            throw new IllegalStateException(type.getSimpleName() + " has " + components.length + " components but "
                    + fields.length + " field descriptors");
        }
        for (int i = 0; i < fields.length; i++) {
            String expected = camelCase(fields[i].name());
            if (!components[i].getName().equals(expected)) {
                throw new IllegalStateException(type.getSimpleName() + "'s component " + i + " is "
                        + components[i].getName() + " but its field descriptor " + fields[i].name()
                        + " names " + expected);
            }
        }
        return components;
    }

    /**
     * {@code CU_NUMBER} as {@code cuNumber}.
     *
     * @param constant an upper-case, underscore-separated name
     * @return the camel-case name
     */
    public static String camelCase(String constant) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /**
     * The value of one component.
     *
     * @param component the component
     * @param record the record
     * @return its value
     */
    public static Object get(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    /**
     * The values of every component, in declaration order.
     *
     * @param record the record
     * @return a new array
     */
    public static Object[] values(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = get(components[i], record);
        }
        return values;
    }

    /**
     * A record from the values of its components, through its canonical constructor (which
     * validates and copies as usual).
     *
     * @param type the record type
     * @param values the values, in declaration order
     * @param <R> the record type
     * @return the record
     * @throws RuntimeException whatever the canonical constructor throws
     */
    public static <R extends Record> R create(Class<R> type, Object[] values) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("Cannot create " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getSimpleName(), e);
        }
    }

    /**
     * Whether a value counts as set: not {@code null}, and not an empty collection or map (the
     * records keep unset lists as empty ones).
     *
     * @param value the value
     * @return whether it is set
     */
    public static boolean isSet(Object value) {
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return value != null;
    }

    /**
     * The base record with every component that is set in the changes ({@link #isSet}) replaced.
     *
     * @param base the values to start from
     * @param changes the values that replace them where set
     * @param <R> the record type
     * @return the merged record
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R overlay(R base, R changes) {
        Object[] merged = values(base);
        Object[] set = values(changes);
        for (int i = 0; i < merged.length; i++) {
            if (isSet(set[i])) {
                merged[i] = set[i];
            }
        }
        return create((Class<R>) base.getClass(), merged);
    }
}
