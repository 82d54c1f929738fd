package io.lakejob.sdk.cloud.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.job.CheckpointMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Tolerant wire conversions shared by the Flink job, Spark batch and Flink template codecs
 * (chapters 9, 10.1 and 11).
 */
final class FbtWire {
    private FbtWire() {}

    /** The outcome of a call that answers only {@code is_success} and {@code message}. */
    record WireBasic(Boolean isSuccess, String message) implements WireResult {
        BasicResponse toBasic() {
            return new BasicResponse(isSuccess, message);
        }
    }

    /**
     * Reads a body documented as {@code {is_success, message}}.
     *
     * @param body the body
     * @return the response
     * @throws JsonProcessingException when the body does not fit
     */
    static BasicResponse basic(JsonNode body) throws JsonProcessingException {
        return Json.bind(body, WireBasic.class).toBasic();
    }

    /**
     * Reads a list of {@code {is_success, message}} results; one object where an array is
     * documented gives a one-element list, nulls inside the array are skipped.
     *
     * @param body the body (array or object)
     * @return the results, never {@code null}
     * @throws JsonProcessingException when an element does not fit
     */
    static List<BasicResponse> basics(JsonNode body) throws JsonProcessingException {
        List<BasicResponse> out = new ArrayList<>();
        if (body == null || body.isNull() || body.isMissingNode()) {
            return out;
        }
        if (body.isArray()) {
            for (JsonNode n : body) {
                if (n != null && n.isObject()) {
                    out.add(basic(n));
                }
            }
        } else if (body.isObject()) {
            out.add(basic(body));
        }
        return out;
    }

    /**
     * An epoch-millisecond time stamp; {@code null} and negative values (the service's "not yet",
     * e.g. {@code -1}) give {@code null}.
     *
     * @param millis the time stamp
     * @return the instant or {@code null}
     */
    static Instant millis(Long millis) {
        return millis == null || millis < 0 ? null : Instant.ofEpochMilli(millis);
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
     * A list with {@code null} elements dropped (the API's lists reject {@code null}).
     *
     * @param list the list or {@code null}
     * @param <T> the element type
     * @return the list, never {@code null}
     */
    static <T> List<T> compact(List<T> list) {
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
