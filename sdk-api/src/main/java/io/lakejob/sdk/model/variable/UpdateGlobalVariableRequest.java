package io.lakejob.sdk.model.variable;

/**
 * Changes the value of a global variable (reference 13.3). {@link #toString()} never shows the value.
 *
 * @param varName the name (path parameter)
 * @param varValue the new value (required, not empty)
 */
public record UpdateGlobalVariableRequest(String varName, String varValue) {
    /**
     * Validates the request.
     *
     * @param varName the name
     * @param varValue the value
     */
    public UpdateGlobalVariableRequest {
        VariableRules.varName(varName);
        VariableRules.varValue(varValue);
    }

    /**
     * The request for a variable.
     *
     * @param varName the name
     * @param varValue the new value
     * @return the request
     */
    public static UpdateGlobalVariableRequest of(String varName, String varValue) {
        return new UpdateGlobalVariableRequest(varName, varValue);
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
        return new Builder().varName(varName).varValue(varValue);
    }

    /**
     * Shows the name, never the value.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "UpdateGlobalVariableRequest[varName=" + varName + ", varValue=***]";
    }

    /** Builds an {@link UpdateGlobalVariableRequest}. */
    public static final class Builder {
        private String varName;
        private String varValue;

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
         * Sets the new value (required).
         *
         * @param varValue the value
         * @return this builder
         */
        public Builder varValue(String varValue) {
            this.varValue = varValue;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public UpdateGlobalVariableRequest build() {
            return new UpdateGlobalVariableRequest(varName, varValue);
        }

        /**
         * Shows the name, never the value.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return "UpdateGlobalVariableRequest.Builder[varName=" + varName + ", varValue=***]";
        }
    }
}
