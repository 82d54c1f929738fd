package io.lakejob.sdk.model.variable;

import io.lakejob.sdk.internal.Validate;

/** Rules shared by the global variable requests. */
final class VariableRules {
    private VariableRules() {}

    /**
     * A variable name: required, 1-128 digits, letters and underscores, not all digits, not
     * starting with '_'; safe as a path segment.
     *
     * @param value the name
     * @return the name
     */
    static String varName(String value) {
        Validate.required("var_name", value);
        Validate.pathSegment("var_name", value);
        Validate.length("var_name", value, 1, 128);
        return Validate.matches(
                "var_name",
                value,
                Validate.QUEUE_NAME,
                "must contain only digits, letters and underscores, not be all digits and not start with '_'");
    }

    /**
     * A variable value: required (may not be empty).
     *
     * @param value the value
     * @return the value
     */
    static String varValue(String value) {
        Validate.required("var_value", value);
        if (value.isEmpty()) {
            throw new io.lakejob.sdk.exception.ValidationException("var_value", "must not be empty");
        }
        return value;
    }
}
