package io.lakejob.sdk.model.variable;

/**
 * Creates a global variable (reference 13.1). {@link #toString()} never shows the value.
 *
 * @param varName the name: 1-128 digits, letters and underscores, not all digits, not starting with '_'
 * @param varValue the value (required, not empty)
 * @param isSensitive whether the variable is sensitive (the service hides its value); {@code null}
 *     means {@code false}
 */
public record CreateGlobalVariableRequest(String varName, String varValue, Boolean isSensitive) {
    /**
     * Validates the request.
     *
     * @param varName the name
     * @param varValue the value
     * @param isSensitive whether the variable is sensitive
     */
    public CreateGlobalVariableRequest {
        VariableRules.varName(varName);
        VariableRules.varValue(varValue);
    }

    /**
     * A non-sensitive variable.
     *
     * @param varName the name
     * @param varValue the value
     * @return the request
     */
    public static CreateGlobalVariableRequest of(String varName, String varValue) {
        return new CreateGlobalVariableRequest(varName, varValue, null);
    }

    /**
     * A sensitive variable.
     *
     * @param varName the name
     * @param varValue the value
     * @return the request
     */
    public static CreateGlobalVariableRequest sensitive(String varName, String varValue) {
        return new CreateGlobalVariableRequest(varName, varValue, Boolean.TRUE);
    }

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().varName(varName).varValue(varValue).isSensitive(isSensitive);
    }

    /**
     * Shows the name and the sensitivity, never the value.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "CreateGlobalVariableRequest[varName=" + varName + ", varValue=***, isSensitive=" + isSensitive + "]";
    }

    /** Builds a {@link CreateGlobalVariableRequest}. */
    public static final class Builder {
        private String varName;
        private String varValue;
        private Boolean isSensitive;

        private Builder() {}

        /**
         * Sets the name (required).
         *
         * @param varName the name
         * @return this builder
         */
        public Builder varName(String varName) {
            this.varName = varName;
            return this;
        }

        /**
         * Sets the value (required).
         *
         * @param varValue the value
         * @return this builder
         */
        public Builder varValue(String varValue) {
            this.varValue = varValue;
            return this;
        }

        /**
         * Sets whether the variable is sensitive.
         *
         * @param isSensitive the flag; {@code null} means {@code false}
         * @return this builder
         */
        public Builder isSensitive(Boolean isSensitive) {
            this.isSensitive = isSensitive;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public CreateGlobalVariableRequest build() {
            return new CreateGlobalVariableRequest(varName, varValue, isSensitive);
        }

        /**
         * Shows the name and the sensitivity, never the value.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return "CreateGlobalVariableRequest.Builder[varName=" + varName + ", varValue=***, isSensitive="
                    + isSensitive + "]";
        }
    }
}
