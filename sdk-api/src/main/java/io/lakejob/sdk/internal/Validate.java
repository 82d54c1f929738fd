package io.lakejob.sdk.internal;

import io.lakejob.sdk.exception.ValidationException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validation helpers used by request builders. Every failure is a {@link ValidationException}
 * naming the field as the reference spells it. Not part of the public API.
 */
public final class Validate {
    /** Queue names: digits, letters and underscore, not all digits, not starting with '_'. */
    public static final Pattern QUEUE_NAME = Pattern.compile("(?!_)(?![0-9]+$)[A-Za-z0-9_]+");

    /** Names made of digits, letters and underscore. */
    public static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");

    private static final Pattern UNSAFE_PATH = Pattern.compile("[/\\\\\\r\\n\\t\\u0000]|%[0-9A-Fa-f]{2}|^\\.{1,2}$");

    private Validate() {}

    /**
     * Requires a value to be present.
     *
     * @param field field name
     * @param value value
     * @param <T> type
     * @return the value
     */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    /**
     * Requires a non-blank string within a length range.
     *
     * @param field field name
     * @param value value
     * @param min minimum length
     * @param max maximum length
     * @return the value
     */
    public static String requiredText(String field, String value, int min, int max) {
        required(field, value);
        if (value.isBlank() && min > 0) {
            throw new ValidationException(field, "must not be blank");
        }
        return length(field, value, min, max);
    }

    /**
     * Checks the length of an optional string.
     *
     * @param field field name
     * @param value value, may be null
     * @param min minimum length
     * @param max maximum length
     * @return the value
     */
    public static String length(String field, String value, int min, int max) {
        if (value != null && (value.length() < min || value.length() > max)) {
            throw new ValidationException(
                    field, "length must be between " + min + " and " + max + " characters, was " + value.length());
        }
        return value;
    }

    /**
     * Checks an optional string against a pattern (the whole string must match).
     *
     * @param field field name
     * @param value value, may be null
     * @param pattern pattern
     * @param rule the rule in words, for the message
     * @return the value
     */
    public static String matches(String field, String value, Pattern pattern, String rule) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw new ValidationException(field, rule + ", was '" + printable(value) + "'");
        }
        return value;
    }

    /**
     * Validates a queue name: 1-128 characters of digits, letters and underscore, not all
     * digits, not starting with an underscore.
     *
     * @param field field name
     * @param value value, may be null (use {@link #required} first when required)
     * @return the value
     */
    public static String queueName(String field, String value) {
        if (value == null) {
            return null;
        }
        length(field, value, 1, 128);
        return matches(
                field,
                value,
                QUEUE_NAME,
                "must contain only digits, letters and underscores, not be all digits and not start with '_'");
    }

    /** The longest value a path parameter may have. */
    public static final int MAX_PATH_SEGMENT = 255;

    /**
     * Rejects values that would change the meaning of a URL path segment: '/', '\', '.' or
     * '..', percent escapes, control characters; also blank values and values longer than
     * {@value #MAX_PATH_SEGMENT} characters. Used for every path parameter.
     *
     * @param field field name
     * @param value value, may be null
     * @return the value
     */
    public static String pathSegment(String field, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new ValidationException(field, "must not be blank");
        }
        if (value.length() > MAX_PATH_SEGMENT) {
            throw new ValidationException(
                    field, "must be at most " + MAX_PATH_SEGMENT + " characters, was " + value.length());
        }
        if (UNSAFE_PATH.matcher(value).find() || value.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException(
                    field, "must not contain '/', '\\', control characters or percent escapes, nor be '.' or '..'");
        }
        return value;
    }

    /**
     * Checks an optional number against an inclusive range.
     *
     * @param field field name
     * @param value value, may be null
     * @param min minimum
     * @param max maximum
     * @return the value
     */
    public static Integer range(String field, Integer value, long min, long max) {
        if (value != null && (value < min || value > max)) {
            throw new ValidationException(field, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /**
     * Checks an optional long against an inclusive range.
     *
     * @param field field name
     * @param value value, may be null
     * @param min minimum
     * @param max maximum
     * @return the value
     */
    public static Long range(String field, Long value, long min, long max) {
        if (value != null && (value < min || value > max)) {
            throw new ValidationException(field, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /**
     * Checks that an optional value is one of the allowed ones.
     *
     * @param field field name
     * @param value value, may be null
     * @param allowed allowed values
     * @param <T> type
     * @return the value
     */
    public static <T> T oneOf(String field, T value, Set<T> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new ValidationException(field, "must be one of " + allowed + ", was " + value);
        }
        return value;
    }

    /**
     * Checks the size of an optional collection.
     *
     * @param field field name
     * @param value value, may be null
     * @param min minimum size
     * @param max maximum size
     * @param <C> collection type
     * @return the value
     */
    public static <C extends Collection<?>> C size(String field, C value, int min, int max) {
        if (value != null && (value.size() < min || value.size() > max)) {
            throw new ValidationException(
                    field, "must have between " + min + " and " + max + " elements, had " + value.size());
        }
        return value;
    }

    /**
     * Copies an optional list into an immutable one, rejecting null elements.
     *
     * @param field field name
     * @param value value, may be null
     * @param <T> element type
     * @return an immutable copy, or an empty list for null
     */
    public static <T> List<T> list(String field, List<T> value) {
        if (value == null) {
            return List.of();
        }
        for (T t : value) {
            if (t == null) {
                throw new ValidationException(field, "must not contain null elements");
            }
        }
        return List.copyOf(value);
    }

    /**
     * Copies an optional map into an immutable one, rejecting null keys and values.
     *
     * @param field field name
     * @param value value, may be null
     * @param <K> key type
     * @param <V> value type
     * @return an immutable copy, or an empty map for null
     */
    public static <K, V> Map<K, V> map(String field, Map<K, V> value) {
        if (value == null) {
            return Map.of();
        }
        for (Map.Entry<K, V> e : value.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new ValidationException(field, "must not contain null keys or values");
            }
        }
        return Map.copyOf(value);
    }

    private static String printable(String value) {
        String v = value.length() > 64 ? value.substring(0, 64) + "..." : value;
        StringBuilder sb = new StringBuilder();
        for (char c : v.toCharArray()) {
            sb.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
