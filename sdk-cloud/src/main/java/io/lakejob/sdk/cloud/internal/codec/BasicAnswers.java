package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.model.BasicResponse;
import java.util.ArrayList;
import java.util.List;

/** Answers that carry only {@code is_success} and {@code message}, alone or as a list. */
public final class BasicAnswers {
    private BasicAnswers() {}

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
    public static BasicResponse basic(JsonNode body) throws JsonProcessingException {
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
}
