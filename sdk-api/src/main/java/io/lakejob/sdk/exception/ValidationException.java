package io.lakejob.sdk.exception;

import java.util.Objects;

/**
 * A request or setting broke a documented rule. Raised before any I/O, by the request's
 * {@code build()} or by the client builder.
 */
public class ValidationException extends LakeJobException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * Creates a validation error for one field.
     *
     * @param field the name of the offending field as the API reference spells it
     * @param reason what rule it broke
     */
    public ValidationException(String field, String reason) {
        super(Objects.requireNonNull(field, "field") + ": " + reason);
        this.field = field;
    }

    /**
     * The field that broke a rule, as the reference spells it (for example {@code queue_name}).
     *
     * @return the field name
     */
    public String field() {
        return field;
    }
}
