package io.lakejob.sdk.cloud.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Small conversions from wire values to API values, tolerant of the service's variations. */
final class Wire {
    private Wire() {}

    /**
     * An epoch-millisecond time stamp as an instant.
     *
     * @param millis the time stamp, or {@code null}
     * @return the instant, or {@code null}
     */
    static Instant epochMillis(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    /**
     * An extensible enumeration from its wire value; blank is treated as absent.
     *
     * @param value the wire value
     * @param of the enumeration's factory
     * @param <E> the enumeration
     * @return the value, or {@code null}
     */
    static <E> E enumValue(String value, Function<String, E> of) {
        return value == null || value.isBlank() ? null : of.apply(value);
    }

    /**
     * A value documented as a string that sometimes arrives as an array: array items joined
     * with {@code ,}.
     *
     * @param node the value, or {@code null}
     * @return the text, or {@code null}
     */
    static String joinedText(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(n.isValueNode() ? n.asText() : n.toString()));
            return String.join(",", parts);
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /**
     * The node of a field: under its wire name ({@code parallel_number}), else under its camelCase
     * spelling ({@code parallelNumber}), else under one of the other spellings given.
     *
     * @param object the object, or {@code null}
     * @param wireName the field's snake_case wire name
     * @param otherSpellings further names the service has used
     * @return the node, or {@code null} when the object has none of them
     */
    static JsonNode field(JsonNode object, String wireName, String... otherSpellings) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode v = object.get(wireName);
        if (v == null) {
            v = object.get(camelCase(wireName));
        }
        for (int i = 0; v == null && i < otherSpellings.length; i++) {
            v = object.get(otherSpellings[i]);
        }
        return v;
    }

    private static String camelCase(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
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
     * A scalar field's value as the API type, read as tolerantly as the JSON mapper reads records:
     * text (a container as its JSON), numbers and booleans (also from text), an {@link Instant} from
     * epoch milliseconds, an enumeration from its wire text (blank is absent).
     *
     * @param node the value, or {@code null}
     * @param type {@code String}, {@code Integer}, {@code Long}, {@code Boolean}, {@code Instant} or
     *     an {@link ExtensibleEnum}
     * @return the value, or {@code null}
     * @throws JsonProcessingException when a number or boolean does not fit
     */
    static Object value(JsonNode node, Class<?> type) throws JsonProcessingException {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (type == String.class) {
            return node.isValueNode() ? node.asText() : node.toString();
        }
        if (type == Instant.class) {
            return epochMillis(Json.bind(node, Long.class));
        }
        if (ExtensibleEnum.class.isAssignableFrom(type)) {
            return enumValue(node.isValueNode() ? node.asText() : node.toString(), text -> parse(type, text));
        }
        if (type == Integer.class || type == Long.class || type == Boolean.class) {
            return Json.bind(node, type);
        }
        throw new IllegalArgumentException(
                "No wire reading for " + type.getName().toLowerCase(Locale.ROOT));
    }

    private static final ClassValue<Method> ENUM_OF = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            try {
                return type.getMethod("of", String.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " has no of(String)", e);
            }
        }
    };

    private static Object parse(Class<?> type, String text) {
        try {
            return ENUM_OF.get(type).invoke(null, text);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
