package io.lakejob.sdk.exception;

import java.util.Objects;

/**
 * A request or setting broke a documented rule. Raised before any I/O, by the request's
 * {@code build()} or by the client builder.
 *
 * <p>The message names the field as the reference spells it and, where the Java name differs, the
 * builder method that sets it: {@code cu_count (builder: cuCount): must be between 16 and 512, was 1}.
 * The builder method is the wire name in camelCase ({@code cu_count} to {@code cuCount},
 * {@code page-size} to {@code pageSize}; for a nested field such as {@code job_ids[2]} or
 * {@code tags.key}, the method of the outer field, named in the message only when its spelling
 * differs), which is how every request builder names its methods.
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
        super(describe(Objects.requireNonNull(field, "field"), reason));
        this.field = field;
    }

    private static String describe(String field, String reason) {
        String method = javaName(field);
        // Named only when the spellings differ: tags.key or proxy.host need no "(builder: tags)".
        return (field.startsWith(method) ? field : field + " (builder: " + method + ")") + ": " + reason;
    }

    /**
     * The Java name of a field: its top-level part (before {@code .} or {@code [}) in camelCase.
     */
    private static String javaName(String field) {
        int end = field.length();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '.' || c == '[') {
                end = i;
                break;
            }
        }
        StringBuilder sb = new StringBuilder(end);
        boolean upper = false;
        for (int i = 0; i < end; i++) {
            char c = field.charAt(i);
            if (c == '_' || c == '-') {
                upper = sb.length() > 0;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.length() == 0 ? field : sb.toString();
    }

    /**
     * The field that broke a rule, as the reference spells it (for example {@code queue_name}).
     *
     * @return the field name
     */
    public String field() {
        return field;
    }

    /**
     * The builder method (or, for requests without a builder, the factory parameter) that sets the
     * field: the field's name in camelCase, for example {@code cuCount} for {@code cu_count}; the
     * field itself when it is already the Java name.
     *
     * @return the builder method's name
     */
    public String builderMethod() {
        return javaName(field);
    }
}
