package io.lakejob.sdk.model.flink;

import io.lakejob.sdk.internal.Validate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Executes Flink SQL and optionally collects its results (Dinky {@code executeSql}).
 *
 * <p>Flags default to {@code false}, {@code maxRowNum} to {@value #DEFAULT_MAX_ROW_NUM}; the other
 * optional values are {@code null} when unset and then the platform's default applies.
 *
 * @param statement the SQL script, one or more statements separated by {@code ;}; required, not
 *     blank, at most 1024 * 1024 characters
 * @param type where the job runs, or {@code null} for the transport's default target
 * @param address the JobManager address as {@code host:port}, or {@code null} for the transport's
 *     configured cluster (used by standalone and session targets)
 * @param jobName the Flink job name, or {@code null} for a generated one
 * @param useResult whether to collect the rows of a query (preview)
 * @param useChangeLog whether collected rows carry their changelog operation in a column {@code op}
 * @param useAutoCancel whether to cancel the job once the results are collected
 * @param useStatementSet whether to submit every INSERT of the script as one job
 * @param fragment whether SQL fragments ({@code name:=value;} then {@code ${name}}) are enabled
 * @param maxRowNum the most rows collected, 1 to {@value #MAX_MAX_ROW_NUM}
 * @param checkPoint the checkpoint interval in milliseconds, 0 to disable, or {@code null}
 * @param parallelism the default parallelism, 1 to 32768, or {@code null}
 * @param savePointPath the savepoint to restore the job from, or {@code null}
 * @param configuration extra Flink configuration (for example
 *     {@code table.exec.resource.default-parallelism}); never {@code null}
 * @param variables global variables substituted for {@code ${name}} in the statement; never {@code null}
 * @param batchMode whether to run in batch rather than streaming mode
 * @param gatewayConfig how to reach or deploy a YARN or Kubernetes cluster (Dinky's {@code
 *     gatewayConfig}), laid over the client's target of the same kind; or {@code null}
 */
public record ExecuteSqlRequest(
        String statement,
        ExecutionTarget type,
        String address,
        String jobName,
        boolean useResult,
        boolean useChangeLog,
        boolean useAutoCancel,
        boolean useStatementSet,
        boolean fragment,
        int maxRowNum,
        Long checkPoint,
        Integer parallelism,
        String savePointPath,
        Map<String, String> configuration,
        Map<String, String> variables,
        boolean batchMode,
        GatewayConfig gatewayConfig) {

    /** The default of {@code maxRowNum}. */
    public static final int DEFAULT_MAX_ROW_NUM = 100;

    /** The largest {@code maxRowNum} accepted. */
    public static final int MAX_MAX_ROW_NUM = 100_000;

    /**
     * Validates the request.
     *
     * @param statement the SQL script
     * @param type the execution target
     * @param address the JobManager address
     * @param jobName the job name
     * @param useResult whether to collect rows
     * @param useChangeLog whether rows carry their changelog operation
     * @param useAutoCancel whether to cancel the job after collecting
     * @param useStatementSet whether to use a statement set
     * @param fragment whether SQL fragments are enabled
     * @param maxRowNum the most rows collected
     * @param checkPoint the checkpoint interval in milliseconds
     * @param parallelism the parallelism
     * @param savePointPath the savepoint to restore from
     * @param configuration the Flink configuration
     * @param variables the global variables
     * @param batchMode whether to run in batch mode
     * @param gatewayConfig the YARN or Kubernetes settings
     */
    public ExecuteSqlRequest {
        FlinkChecks.statement(statement);
        FlinkChecks.address(address);
        FlinkChecks.optionalText("jobName", jobName, 1024);
        Validate.range("maxRowNum", maxRowNum, 1, MAX_MAX_ROW_NUM);
        Validate.range("checkPoint", checkPoint, 0, Long.MAX_VALUE);
        FlinkChecks.parallelism(parallelism);
        FlinkChecks.optionalText("savePointPath", savePointPath, 4096);
        configuration = FlinkChecks.configuration(configuration);
        variables = FlinkChecks.variables(variables);
    }

    /**
     * A request running the statement with every default.
     *
     * @param statement the SQL script
     * @return the request
     */
    public static ExecuteSqlRequest of(String statement) {
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
                .type(type)
                .address(address)
                .jobName(jobName)
                .useResult(useResult)
                .useChangeLog(useChangeLog)
                .useAutoCancel(useAutoCancel)
                .useStatementSet(useStatementSet)
                .fragment(fragment)
                .maxRowNum(maxRowNum)
                .checkPoint(checkPoint)
                .parallelism(parallelism)
                .savePointPath(savePointPath)
                .configuration(configuration)
                .variables(variables)
                .batchMode(batchMode)
                .gatewayConfig(gatewayConfig);
    }

    /** Builds an {@link ExecuteSqlRequest}. */
    public static final class Builder {
        private String statement;
        private ExecutionTarget type;
        private String address;
        private String jobName;
        private boolean useResult;
        private boolean useChangeLog;
        private boolean useAutoCancel;
        private boolean useStatementSet;
        private boolean fragment;
        private int maxRowNum = DEFAULT_MAX_ROW_NUM;
        private Long checkPoint;
        private Integer parallelism;
        private String savePointPath;
        private Map<String, String> configuration = new LinkedHashMap<>();
        private Map<String, String> variables = new LinkedHashMap<>();
        private boolean batchMode;
        private GatewayConfig gatewayConfig;

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
         * Sets the execution target.
         *
         * @param type the target, or {@code null} for the transport's default
         * @return this builder
         */
        public Builder type(ExecutionTarget type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the JobManager address.
         *
         * @param address {@code host:port}, or {@code null}
         * @return this builder
         */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /**
         * Sets the Flink job name.
         *
         * @param jobName the name, or {@code null}
         * @return this builder
         */
        public Builder jobName(String jobName) {
            this.jobName = jobName;
            return this;
        }

        /**
         * Sets whether the rows of a query are collected.
         *
         * @param useResult the flag
         * @return this builder
         */
        public Builder useResult(boolean useResult) {
            this.useResult = useResult;
            return this;
        }

        /**
         * Sets whether collected rows carry their changelog operation in a column {@code op}.
         *
         * @param useChangeLog the flag
         * @return this builder
         */
        public Builder useChangeLog(boolean useChangeLog) {
            this.useChangeLog = useChangeLog;
            return this;
        }

        /**
         * Sets whether the job is cancelled once its results are collected.
         *
         * @param useAutoCancel the flag
         * @return this builder
         */
        public Builder useAutoCancel(boolean useAutoCancel) {
            this.useAutoCancel = useAutoCancel;
            return this;
        }

        /**
         * Sets whether every INSERT of the script is submitted as one job.
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
         * Sets the most rows collected (default {@value ExecuteSqlRequest#DEFAULT_MAX_ROW_NUM}).
         *
         * @param maxRowNum 1 to {@value ExecuteSqlRequest#MAX_MAX_ROW_NUM}
         * @return this builder
         */
        public Builder maxRowNum(int maxRowNum) {
            this.maxRowNum = maxRowNum;
            return this;
        }

        /**
         * Sets the checkpoint interval.
         *
         * @param checkPoint milliseconds, 0 to disable, or {@code null}
         * @return this builder
         */
        public Builder checkPoint(Long checkPoint) {
            this.checkPoint = checkPoint;
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
         * Sets the savepoint the job is restored from.
         *
         * @param savePointPath the path, or {@code null}
         * @return this builder
         */
        public Builder savePointPath(String savePointPath) {
            this.savePointPath = savePointPath;
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
         * Sets whether the job runs in batch mode.
         *
         * @param batchMode the flag
         * @return this builder
         */
        public Builder batchMode(boolean batchMode) {
            this.batchMode = batchMode;
            return this;
        }

        /**
         * Sets how to reach or deploy a YARN or Kubernetes cluster (Dinky's {@code gatewayConfig}).
         *
         * @param gatewayConfig the settings, or {@code null}
         * @return this builder
         */
        public Builder gatewayConfig(GatewayConfig gatewayConfig) {
            this.gatewayConfig = gatewayConfig;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public ExecuteSqlRequest build() {
            return new ExecuteSqlRequest(
                    statement,
                    type,
                    address,
                    jobName,
                    useResult,
                    useChangeLog,
                    useAutoCancel,
                    useStatementSet,
                    fragment,
                    maxRowNum,
                    checkPoint,
                    parallelism,
                    savePointPath,
                    configuration,
                    variables,
                    batchMode,
                    gatewayConfig);
        }
    }
}
