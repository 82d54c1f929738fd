package io.lakejob.sdk.model.flink;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A SQL script to analyse without running it: the request of {@code ExplainSql}, {@code GetJobPlan}
 * and {@code GetStreamGraph} (Dinky {@code explainSql}, {@code getJobPlan}, {@code getStreamGraph}).
 *
 * @param statement the SQL script; required, not blank, at most 1024 * 1024 characters
 * @param useStatementSet whether every INSERT of the script forms one job
 * @param fragment whether SQL fragments ({@code name:=value;} then {@code ${name}}) are enabled
 * @param parallelism the default parallelism, 1 to 32768, or {@code null}
 * @param configuration extra Flink configuration; never {@code null}
 * @param variables global variables substituted for {@code ${name}}; never {@code null}
 * @param batchMode whether the script is planned in batch rather than streaming mode
 */
public record SqlPlanRequest(
        String statement,
        boolean useStatementSet,
        boolean fragment,
        Integer parallelism,
        Map<String, String> configuration,
        Map<String, String> variables,
        boolean batchMode) {

    /**
     * Validates the request.
     *
     * @param statement the SQL script
     * @param useStatementSet whether to use a statement set
     * @param fragment whether SQL fragments are enabled
     * @param parallelism the parallelism
     * @param configuration the Flink configuration
     * @param variables the global variables
     * @param batchMode whether to plan in batch mode
     */
    public SqlPlanRequest {
        FlinkChecks.statement(statement);
        FlinkChecks.parallelism(parallelism);
        configuration = FlinkChecks.configuration(configuration);
        variables = FlinkChecks.variables(variables);
    }

    /**
     * A request for the statement with every default.
     *
     * @param statement the SQL script
     * @return the request
     */
    public static SqlPlanRequest of(String statement) {
        return builder().statement(statement).build();
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
        return new Builder()
                .statement(statement)
                .useStatementSet(useStatementSet)
                .fragment(fragment)
                .parallelism(parallelism)
                .configuration(configuration)
                .variables(variables)
                .batchMode(batchMode);
    }

    /** Builds a {@link SqlPlanRequest}. */
    public static final class Builder {
        private String statement;
        private boolean useStatementSet;
        private boolean fragment;
        private Integer parallelism;
        private Map<String, String> configuration = new LinkedHashMap<>();
        private Map<String, String> variables = new LinkedHashMap<>();
        private boolean batchMode;

        private Builder() {}

        /**
         * Sets the SQL script (required).
         *
         * @param statement the script
         * @return this builder
         */
        public Builder statement(String statement) {
            this.statement = statement;
            return this;
        }

        /**
         * Sets whether every INSERT of the script forms one job.
         *
         * @param useStatementSet the flag
         * @return this builder
         */
        public Builder useStatementSet(boolean useStatementSet) {
            this.useStatementSet = useStatementSet;
            return this;
        }

        /**
         * Sets whether SQL fragments are enabled.
         *
         * @param fragment the flag
         * @return this builder
         */
        public Builder fragment(boolean fragment) {
            this.fragment = fragment;
            return this;
        }

        /**
         * Sets the default parallelism.
         *
         * @param parallelism 1 to 32768, or {@code null}
         * @return this builder
         */
        public Builder parallelism(Integer parallelism) {
            this.parallelism = parallelism;
            return this;
        }

        /**
         * Replaces the Flink configuration.
         *
         * @param configuration the options
         * @return this builder
         */
        public Builder configuration(Map<String, String> configuration) {
            this.configuration = configuration == null ? new LinkedHashMap<>() : new LinkedHashMap<>(configuration);
            return this;
        }

        /**
         * Adds one Flink configuration option.
         *
         * @param key the option key
         * @param value the option value
         * @return this builder
         */
        public Builder putConfiguration(String key, String value) {
            this.configuration.put(key, value);
            return this;
        }

        /**
         * Replaces the global variables.
         *
         * @param variables the variables by name
         * @return this builder
         */
        public Builder variables(Map<String, String> variables) {
            this.variables = variables == null ? new LinkedHashMap<>() : new LinkedHashMap<>(variables);
            return this;
        }

        /**
         * Adds one global variable, substituted for {@code ${name}}.
         *
         * @param name the variable name
         * @param value the value
         * @return this builder
         */
        public Builder putVariable(String name, String value) {
            this.variables.put(name, value);
            return this;
        }

        /**
         * Sets whether the script is planned in batch mode.
         *
         * @param batchMode the flag
         * @return this builder
         */
        public Builder batchMode(boolean batchMode) {
            this.batchMode = batchMode;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public SqlPlanRequest build() {
            return new SqlPlanRequest(
                    statement, useStatementSet, fragment, parallelism, configuration, variables, batchMode);
        }
    }
}
