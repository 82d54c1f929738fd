package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.ExtensibleEnum;
import io.lakejob.sdk.model.Tag;
import io.lakejob.sdk.model.job.CheckpointMode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reading the service's values tolerantly and writing the API's values as the service takes them:
 * time stamps, enumerations kept when unknown, text that may arrive as JSON, lists that arrive as
 * one value or comma-separated text or with {@code null} items, a field under either spelling,
 * tags, and the checkpoint mode's number. Shared by every codec.
 */
final class WireValues {
    private WireValues() {}

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
     * An epoch-millisecond time stamp; {@code null} and negative values (the service's "not yet",
     * e.g. {@code -1}) give {@code null}.
     *
     * @param millis the time stamp
     * @return the instant or {@code null}
     */
    static Instant epochMillisOrUnset(Long millis) {
        return millis == null || millis < 0 ? null : Instant.ofEpochMilli(millis);
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
     * Enumeration values from an array of strings (or one string); unknown values are kept,
     * blank ones dropped.
     *
     * @param node the value, or {@code null}
     * @param of the enumeration's factory
     * @param <E> the enumeration
     * @return the values, never {@code null}
     */
    static <E> List<E> enums(JsonNode node, Function<String, E> of) {
        List<E> out = new ArrayList<>();
        for (String t : texts(node, false)) {
            out.add(of.apply(t));
        }
        return out;
    }

    /**
     * A value documented as a string that may arrive as an object or array (sent as its JSON
     * text), or as a number or boolean (sent as its text).
     *
     * @param node the value
     * @return the text, or {@code null}
     */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
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
     * A list of strings that may arrive as an array, a single string, an empty string or
     * {@code null}: array items are kept except {@code null}s; a single blank string is no item.
     *
     * @param node the value
     * @return the strings, never {@code null}
     */
    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                String s = text(n);
                if (s != null) {
                    out.add(s);
                }
            }
        } else {
            String s = text(node);
            if (s != null && !s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * A value documented as an array of strings: an array (items as text, nulls and blanks
     * dropped), one string (split at {@code ,} when {@code splitText}), or a single scalar.
     *
     * @param node the value, or {@code null}
     * @param splitText whether one string holds a comma-separated list
     * @return the texts, never {@code null}
     */
    static List<String> texts(JsonNode node, boolean splitText) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                String t = text(n);
                if (t != null && !t.isBlank()) {
                    out.add(t.trim());
                }
            }
            return out;
        }
        String t = text(node);
        if (t == null) {
            return out;
        }
        if (splitText) {
            for (String part : t.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        } else if (!t.isBlank()) {
            out.add(t.trim());
        }
        return out;
    }

    /**
     * The node of a field under the first of its spellings the object has: its wire name
     * ({@code queue_name}), its Java name ({@code queueName}), then any other name the service has
     * used.
     *
     * @param object the object, or {@code null}
     * @param spellings the names to look under, in order
     * @return the node, or {@code null} when the object has none of them
     */
    static JsonNode field(JsonNode object, String... spellings) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode v = null;
        for (int i = 0; v == null && i < spellings.length; i++) {
            v = object.get(spellings[i]);
        }
        return v;
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

    /**
     * The list without {@code null} items.
     *
     * @param list the list, or {@code null}
     * @param <T> the item type
     * @return a new list, never {@code null}
     */
    static <T> List<T> nonNull(List<T> list) {
        List<T> out = new ArrayList<>();
        if (list != null) {
            for (T t : list) {
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * The map without {@code null} keys or values.
     *
     * @param map the map, or {@code null}
     * @param <K> the key type
     * @param <V> the value type
     * @return a new map, never {@code null}
     */
    static <K, V> Map<K, V> nonNull(Map<K, V> map) {
        Map<K, V> out = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    /** A tag as it arrives. */
    record WireTag(String key, String value) {}

    /**
     * The tags of an answer; tags without a key are left out, a missing value reads as empty.
     *
     * @param wire the tags as they arrived, or {@code null}
     * @return the tags, never {@code null}
     */
    static List<Tag> tags(List<WireTag> wire) {
        if (wire == null) {
            return List.of();
        }
        List<Tag> out = new ArrayList<>();
        for (WireTag t : wire) {
            if (t == null || t.key() == null || t.key().isBlank()) {
                continue;
            }
            try {
                out.add(Tag.of(t.key(), t.value() == null ? "" : t.value()));
            } catch (ValidationException e) {
                // A tag the service accepted but the API's limits do not: keep the rest.
            }
        }
        return out;
    }

    /**
     * A required array for a request body: written even when empty (the service reads an empty
     * list as "none", for example an {@code update} that revokes every privilege), with
     * enumerations as their wire values.
     *
     * @param values the values
     * @return a new list
     */
    static List<Object> requiredArray(Collection<?> values) {
        List<Object> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(v instanceof ExtensibleEnum e ? e.value() : v);
        }
        return out;
    }

    /**
     * The checkpoint mode as the service accepts it in a request: the reference's tables and the
     * official SDK ({@code Integer checkpointMode}) send {@code 1} (exactly once) or {@code 2} (at
     * least once); the reference's examples show the names. Known modes go out as their numbers;
     * an unknown mode goes out as a number when its value is one, else as its text.
     *
     * @param mode the mode or {@code null}
     * @return the wire value or {@code null}
     */
    static Object checkpointMode(CheckpointMode mode) {
        if (mode == null) {
            return null;
        }
        if (mode.equals(CheckpointMode.EXACTLY_ONCE)) {
            return 1;
        }
        if (mode.equals(CheckpointMode.AT_LEAST_ONCE)) {
            return 2;
        }
        String v = mode.value();
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return v;
        }
    }
}
