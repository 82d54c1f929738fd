package io.lakejob.sdk.model.batch;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creates a Spark batch job on a queue (reference 10.1.1). The resource settings
 * ({@code driver_memory}, {@code driver_cores}, {@code executor_memory}, {@code executor_cores},
 * {@code num_executors}) replace the defaults of {@code sc_type}. {@link #toString()} shows only the
 * keys of {@code conf}, whose values may hold secrets.
 *
 * @param file the main package: a jar or pyFile package uploaded to DLI, or an OBS path such as {@code obs://bucket/package}; required
 * @param className the job's Java/Spark main class; required
 * @param queue the general-purpose queue to run on (recommended), or {@code null}; not together with {@code cluster_name}
 * @param clusterName the queue to run on (older spelling), or {@code null}; not together with {@code queue}
 * @param args the arguments passed to the main class; never {@code null}
 * @param scType the compute resource type, {@code A}, {@code B} or {@code C}; {@code null} means the smallest
 * @param jars jar packages uploaded to DLI, or OBS paths; never {@code null}
 * @param pythonFiles pyFile packages uploaded to DLI, or OBS paths; never {@code null}
 * @param files file packages uploaded to DLI, or OBS paths; never {@code null}
 * @param modules system resource modules, for example {@code sys.datasource.hbase}; never {@code null}
 * @param resources JSON-type resource packages and their types; never {@code null}
 * @param groups user-group resources; never {@code null}
 * @param conf Spark configuration items; never {@code null}
 * @param name the batch name, at most 128 characters, or {@code null}
 * @param driverMemory the driver's memory with its unit, for example {@code 2G} or {@code 2048M}, or {@code null}
 * @param driverCores the driver's CPU cores, positive, or {@code null}
 * @param executorMemory each executor's memory with its unit, for example {@code 2G} or {@code 2048M}, or {@code null}
 * @param executorCores each executor's CPU cores, positive, or {@code null}
 * @param numExecutors the number of executors, positive, or {@code null}
 * @param obsBucket the OBS bucket the job is saved to, or {@code null}
 * @param autoRecovery whether the job is retried after an abnormal failure; {@code null} means false
 * @param maxRetryTimes the maximum number of retries, 0-100; {@code null} means 20
 * @param catalogName {@code dli} to access metadata, or {@code null}
 */
public record CreateBatchRequest(
        String file,
        String className,
        String queue,
        String clusterName,
        List<String> args,
        ScType scType,
        List<String> jars,
        List<String> pythonFiles,
        List<String> files,
        List<String> modules,
        List<BatchResource> resources,
        List<BatchResourceGroup> groups,
        Map<String, String> conf,
        String name,
        String driverMemory,
        Integer driverCores,
        String executorMemory,
        Integer executorCores,
        Integer numExecutors,
        String obsBucket,
        Boolean autoRecovery,
        Integer maxRetryTimes,
        String catalogName) {

    /** Memory sizes: a positive number followed by its unit, {@code M} or {@code G} (for example {@code 2048M}, {@code 2G}). */
    public static final Pattern MEMORY = Pattern.compile("[1-9][0-9]*[MmGg]");

    /** The longest batch name. */
    public static final int MAX_NAME_LENGTH = 128;

    /** The largest {@code max_retry_times}. */
    public static final int MAX_RETRY_TIMES = 100;

    /**
     * Validates the request.
     *
     * @param file the {@code file}
     * @param className the {@code class_name}
     * @param queue the {@code queue}
     * @param clusterName the {@code cluster_name}
     * @param args the {@code args}
     * @param scType the {@code sc_type}
     * @param jars the {@code jars}
     * @param pythonFiles the {@code python_files}
     * @param files the {@code files}
     * @param modules the {@code modules}
     * @param resources the {@code resources}
     * @param groups the {@code groups}
     * @param conf the {@code conf}
     * @param name the {@code name}
     * @param driverMemory the {@code driver_memory}
     * @param driverCores the {@code driver_cores}
     * @param executorMemory the {@code executor_memory}
     * @param executorCores the {@code executor_cores}
     * @param numExecutors the {@code num_executors}
     * @param obsBucket the {@code obs_bucket}
     * @param autoRecovery the {@code auto_recovery}
     * @param maxRetryTimes the {@code max_retry_times}
     * @param catalogName the {@code catalog_name}
     */
    public CreateBatchRequest {
        Validate.requiredText("file", file, 1, Integer.MAX_VALUE);
        Validate.requiredText("class_name", className, 1, Integer.MAX_VALUE);
        Validate.queueName("queue", queue);
        Validate.queueName("cluster_name", clusterName);
        if (queue != null && clusterName != null) {
            throw new ValidationException("cluster_name", "must not be set together with queue");
        }
        args = Validate.list("args", args);
        if (scType != null && !ScType.REQUESTABLE.contains(scType)) {
            throw new ValidationException("sc_type", "must be one of A, B, C, was " + scType);
        }
        jars = Validate.list("jars", jars);
        pythonFiles = Validate.list("python_files", pythonFiles);
        files = Validate.list("files", files);
        modules = Validate.list("modules", modules);
        resources = Validate.list("resources", resources);
        groups = Validate.list("groups", groups);
        conf = Validate.map("conf", conf);
        Validate.length("name", name, 0, MAX_NAME_LENGTH);
        Validate.matches(
                "driver_memory",
                driverMemory,
                MEMORY,
                "must be a positive size with its unit M or G, such as 2G or 2048M");
        Validate.range("driver_cores", driverCores, 1, Integer.MAX_VALUE);
        Validate.matches(
                "executor_memory",
                executorMemory,
                MEMORY,
                "must be a positive size with its unit M or G, such as 2G or 2048M");
        Validate.range("executor_cores", executorCores, 1, Integer.MAX_VALUE);
        Validate.range("num_executors", numExecutors, 1, Integer.MAX_VALUE);
        Validate.range("max_retry_times", maxRetryTimes, 0, MAX_RETRY_TIMES);
        Validate.oneOf("catalog_name", catalogName, Set.of("dli"));
    }

    /**
     * A request running the given main class of the given package.
     *
     * @param file the main package
     * @param className the main class
     * @return the request
     */
    public static CreateBatchRequest of(String file, String className) {
        return builder().file(file).className(className).build();
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
                .file(file)
                .className(className)
                .queue(queue)
                .clusterName(clusterName)
                .args(args)
                .scType(scType)
                .jars(jars)
                .pythonFiles(pythonFiles)
                .files(files)
                .modules(modules)
                .resources(resources)
                .groups(groups)
                .conf(conf)
                .name(name)
                .driverMemory(driverMemory)
                .driverCores(driverCores)
                .executorMemory(executorMemory)
                .executorCores(executorCores)
                .numExecutors(numExecutors)
                .obsBucket(obsBucket)
                .autoRecovery(autoRecovery)
                .maxRetryTimes(maxRetryTimes)
                .catalogName(catalogName);
    }

    /**
     * The request's fields, showing only the keys of {@code conf}.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "CreateBatchRequest["
                + "file=" + file + ", "
                + "className=" + className + ", "
                + "queue=" + queue + ", "
                + "clusterName=" + clusterName + ", "
                + "args=" + args + ", "
                + "scType=" + scType + ", "
                + "jars=" + jars + ", "
                + "pythonFiles=" + pythonFiles + ", "
                + "files=" + files + ", "
                + "modules=" + modules + ", "
                + "resources=" + resources + ", "
                + "groups=" + groups + ", "
                + "conf=" + conf.keySet() + ", "
                + "name=" + name + ", "
                + "driverMemory=" + driverMemory + ", "
                + "driverCores=" + driverCores + ", "
                + "executorMemory=" + executorMemory + ", "
                + "executorCores=" + executorCores + ", "
                + "numExecutors=" + numExecutors + ", "
                + "obsBucket=" + obsBucket + ", "
                + "autoRecovery=" + autoRecovery + ", "
                + "maxRetryTimes=" + maxRetryTimes + ", "
                + "catalogName=" + catalogName
                + "]";
    }

    /** Builds a {@link CreateBatchRequest}. */
    public static final class Builder {
        private String file;
        private String className;
        private String queue;
        private String clusterName;
        private List<String> args = new ArrayList<>();
        private ScType scType;
        private List<String> jars = new ArrayList<>();
        private List<String> pythonFiles = new ArrayList<>();
        private List<String> files = new ArrayList<>();
        private List<String> modules = new ArrayList<>();
        private List<BatchResource> resources = new ArrayList<>();
        private List<BatchResourceGroup> groups = new ArrayList<>();
        private Map<String, String> conf = new LinkedHashMap<>();
        private String name;
        private String driverMemory;
        private Integer driverCores;
        private String executorMemory;
        private Integer executorCores;
        private Integer numExecutors;
        private String obsBucket;
        private Boolean autoRecovery;
        private Integer maxRetryTimes;
        private String catalogName;

        private Builder() {}

        /**
         * Sets {@code file}: the main package: a jar or pyFile package uploaded to DLI, or an OBS path such as {@code obs://bucket/package}.
         *
         * @param file the value
         * @return this builder
         */
        public Builder file(String file) {
            this.file = file;
            return this;
        }

        /**
         * Sets {@code class_name}: the job's Java/Spark main class.
         *
         * @param className the value
         * @return this builder
         */
        public Builder className(String className) {
            this.className = className;
            return this;
        }

        /**
         * Sets {@code queue}: the general-purpose queue to run on (recommended).
         *
         * @param queue the value
         * @return this builder
         */
        public Builder queue(String queue) {
            this.queue = queue;
            return this;
        }

        /**
         * Sets {@code cluster_name}: the queue to run on (older spelling).
         *
         * @param clusterName the value
         * @return this builder
         */
        public Builder clusterName(String clusterName) {
            this.clusterName = clusterName;
            return this;
        }

        /**
         * Replaces {@code args}: the arguments passed to the main class.
         *
         * @param args the values
         * @return this builder
         */
        public Builder args(List<String> args) {
            this.args = args == null ? new ArrayList<>() : new ArrayList<>(args);
            return this;
        }

        /**
         * Replaces {@code args}.
         *
         * @param args the values
         * @return this builder
         */
        public Builder args(String... args) {
            this.args = args == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(args));
            return this;
        }

        /**
         * Sets {@code sc_type}: the compute resource type, {@code A}, {@code B} or {@code C}.
         *
         * @param scType the value
         * @return this builder
         */
        public Builder scType(ScType scType) {
            this.scType = scType;
            return this;
        }

        /**
         * Replaces {@code jars}: jar packages uploaded to DLI, or OBS paths.
         *
         * @param jars the values
         * @return this builder
         */
        public Builder jars(List<String> jars) {
            this.jars = jars == null ? new ArrayList<>() : new ArrayList<>(jars);
            return this;
        }

        /**
         * Replaces {@code jars}.
         *
         * @param jars the values
         * @return this builder
         */
        public Builder jars(String... jars) {
            this.jars = jars == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(jars));
            return this;
        }

        /**
         * Replaces {@code python_files}: pyFile packages uploaded to DLI, or OBS paths.
         *
         * @param pythonFiles the values
         * @return this builder
         */
        public Builder pythonFiles(List<String> pythonFiles) {
            this.pythonFiles = pythonFiles == null ? new ArrayList<>() : new ArrayList<>(pythonFiles);
            return this;
        }

        /**
         * Replaces {@code python_files}.
         *
         * @param pythonFiles the values
         * @return this builder
         */
        public Builder pythonFiles(String... pythonFiles) {
            this.pythonFiles = pythonFiles == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(pythonFiles));
            return this;
        }

        /**
         * Replaces {@code files}: file packages uploaded to DLI, or OBS paths.
         *
         * @param files the values
         * @return this builder
         */
        public Builder files(List<String> files) {
            this.files = files == null ? new ArrayList<>() : new ArrayList<>(files);
            return this;
        }

        /**
         * Replaces {@code files}.
         *
         * @param files the values
         * @return this builder
         */
        public Builder files(String... files) {
            this.files = files == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(files));
            return this;
        }

        /**
         * Replaces {@code modules}: system resource modules, for example {@code sys.datasource.hbase}.
         *
         * @param modules the values
         * @return this builder
         */
        public Builder modules(List<String> modules) {
            this.modules = modules == null ? new ArrayList<>() : new ArrayList<>(modules);
            return this;
        }

        /**
         * Replaces {@code modules}.
         *
         * @param modules the values
         * @return this builder
         */
        public Builder modules(String... modules) {
            this.modules = modules == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(modules));
            return this;
        }

        /**
         * Replaces {@code resources}: JSON-type resource packages and their types.
         *
         * @param resources the values
         * @return this builder
         */
        public Builder resources(List<BatchResource> resources) {
            this.resources = resources == null ? new ArrayList<>() : new ArrayList<>(resources);
            return this;
        }

        /**
         * Replaces {@code resources}.
         *
         * @param resources the values
         * @return this builder
         */
        public Builder resources(BatchResource... resources) {
            this.resources = resources == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(resources));
            return this;
        }

        /**
         * Replaces {@code groups}: user-group resources.
         *
         * @param groups the values
         * @return this builder
         */
        public Builder groups(List<BatchResourceGroup> groups) {
            this.groups = groups == null ? new ArrayList<>() : new ArrayList<>(groups);
            return this;
        }

        /**
         * Replaces {@code groups}.
         *
         * @param groups the values
         * @return this builder
         */
        public Builder groups(BatchResourceGroup... groups) {
            this.groups = groups == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(groups));
            return this;
        }

        /**
         * Replaces the Spark configuration ({@code conf}).
         *
         * @param conf the items
         * @return this builder
         */
        public Builder conf(Map<String, String> conf) {
            this.conf = conf == null ? new LinkedHashMap<>() : new LinkedHashMap<>(conf);
            return this;
        }

        /**
         * Adds one Spark configuration item ({@code conf}).
         *
         * @param key the key, for example {@code spark.sql.shuffle.partitions}
         * @param value the value
         * @return this builder
         */
        public Builder conf(String key, String value) {
            this.conf.put(key, value);
            return this;
        }

        /**
         * Sets {@code name}: the batch name, at most 128 characters.
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code driver_memory}: the driver's memory with its unit, for example {@code 2G} or {@code 2048M}.
         *
         * @param driverMemory the value
         * @return this builder
         */
        public Builder driverMemory(String driverMemory) {
            this.driverMemory = driverMemory;
            return this;
        }

        /**
         * Sets {@code driver_cores}: the driver's CPU cores, positive.
         *
         * @param driverCores the value
         * @return this builder
         */
        public Builder driverCores(Integer driverCores) {
            this.driverCores = driverCores;
            return this;
        }

        /**
         * Sets {@code executor_memory}: each executor's memory with its unit, for example {@code 2G} or {@code 2048M}.
         *
         * @param executorMemory the value
         * @return this builder
         */
        public Builder executorMemory(String executorMemory) {
            this.executorMemory = executorMemory;
            return this;
        }

        /**
         * Sets {@code executor_cores}: each executor's CPU cores, positive.
         *
         * @param executorCores the value
         * @return this builder
         */
        public Builder executorCores(Integer executorCores) {
            this.executorCores = executorCores;
            return this;
        }

        /**
         * Sets {@code num_executors}: the number of executors, positive.
         *
         * @param numExecutors the value
         * @return this builder
         */
        public Builder numExecutors(Integer numExecutors) {
            this.numExecutors = numExecutors;
            return this;
        }

        /**
         * Sets {@code obs_bucket}: the OBS bucket the job is saved to.
         *
         * @param obsBucket the value
         * @return this builder
         */
        public Builder obsBucket(String obsBucket) {
            this.obsBucket = obsBucket;
            return this;
        }

        /**
         * Sets {@code auto_recovery}: whether the job is retried after an abnormal failure.
         *
         * @param autoRecovery the value
         * @return this builder
         */
        public Builder autoRecovery(Boolean autoRecovery) {
            this.autoRecovery = autoRecovery;
            return this;
        }

        /**
         * Sets {@code max_retry_times}: the maximum number of retries, 0-100.
         *
         * @param maxRetryTimes the value
         * @return this builder
         */
        public Builder maxRetryTimes(Integer maxRetryTimes) {
            this.maxRetryTimes = maxRetryTimes;
            return this;
        }

        /**
         * Sets {@code catalog_name}: {@code dli} to access metadata.
         *
         * @param catalogName the value
         * @return this builder
         */
        public Builder catalogName(String catalogName) {
            this.catalogName = catalogName;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws ValidationException naming the first field that breaks a rule
         */
        public CreateBatchRequest build() {
            return new CreateBatchRequest(
                    file,
                    className,
                    queue,
                    clusterName,
                    args,
                    scType,
                    jars,
                    pythonFiles,
                    files,
                    modules,
                    resources,
                    groups,
                    conf,
                    name,
                    driverMemory,
                    driverCores,
                    executorMemory,
                    executorCores,
                    numExecutors,
                    obsBucket,
                    autoRecovery,
                    maxRetryTimes,
                    catalogName);
        }
    }
}
