package io.lakejob.sdk.cloud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
}
