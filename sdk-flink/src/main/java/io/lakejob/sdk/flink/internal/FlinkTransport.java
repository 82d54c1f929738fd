package io.lakejob.sdk.flink.internal;

import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.LakeJobTimeoutException;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.flink.ExecuteSqlRequest;
import io.lakejob.sdk.model.flink.FlinkJobStatus;
import io.lakejob.sdk.model.flink.GetJobDataRequest;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.CheckpointMode;
import io.lakejob.sdk.model.job.CreateFlinkJobResponse;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.CreatedFlinkJob;
import io.lakejob.sdk.model.job.FlinkJobConfig;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.GetFlinkJobRequest;
import io.lakejob.sdk.model.job.GetFlinkJobResponse;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.JobType;
import io.lakejob.sdk.model.job.RunFlinkJobsRequest;
import io.lakejob.sdk.model.job.StopFlinkJobsRequest;
import io.lakejob.sdk.spi.Capabilities;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.FlinkJobOperations;
import io.lakejob.sdk.spi.FlinkPlatformOperations;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.Transport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;

/**
 * Executes the API's operations on Apache Flink: an embedded MiniCluster (started on first use,
 * stopped by {@link #close()}) or a standalone session cluster's REST endpoint. Platform
 * metadata (queues, jobs) lives in memory.
 */
public final class FlinkTransport implements Transport {
    /** The transport's name. */
    public static final String NAME = "flink";

    private final ClientConfiguration configuration;
    private final FlinkTarget target;
    private final FlinkSettings settings;
    private final EmbeddedCluster embedded;
    private final ExecutorService executor;
    private final SqlJobRunner runner;
    private final QueueStore queues;
    private final Map<Long, FlinkJobRecord> jobs = new ConcurrentHashMap<>();
    private final AtomicLong jobIds = new AtomicLong(100_000);
    private final Map<String, Function<Object, Object>> handlers = new LinkedHashMap<>();
    private final List<Operation<?, ?>> supported = new ArrayList<>();
    private final Capabilities capabilities;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Path savepointDir;

    /**
     * Creates the transport; nothing starts until the first job.
     *
     * @param configuration the client configuration
     */
    public FlinkTransport(ClientConfiguration configuration) {
        this.configuration = configuration;
        this.target = FlinkTarget.parse(configuration.endpoint());
        this.settings = FlinkSettings.from(configuration);
        this.embedded = target.isLocal()
                ? new EmbeddedCluster(settings.taskManagers(), settings.slotsPerTaskManager(), settings.managedMemory())
                : null;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "lakejob-flink-job-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.runner = new SqlJobRunner(executor, configuration.clock());
        this.queues = new QueueStore(configuration.clock(), this::queueInUse, totalSlots());
        queues.register(this);
        register(FlinkJobOperations.CREATE_FLINK_SQL_JOB, this::createSqlJob);
        register(FlinkJobOperations.RUN_FLINK_JOBS, this::runJobs);
        register(FlinkJobOperations.GET_FLINK_JOB, this::getJob);
        register(FlinkJobOperations.STOP_FLINK_JOBS, this::stopJobs);
        register(FlinkPlatformOperations.EXECUTE_SQL, this::executeSql);
        register(FlinkPlatformOperations.GET_JOB_DATA, this::jobData);
        this.capabilities = Capabilities.of(NAME, supported);
    }

    /**
     * Registers a handler.
     *
     * @param op the operation
     * @param handler its implementation
     * @param <Q> request type
     * @param <R> response type
     */
    @SuppressWarnings("unchecked")
    <Q, R> void register(Operation<Q, R> op, Function<Q, R> handler) {
        handlers.put(op.name(), (Function<Object, Object>) handler);
        supported.add(op);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <Q, R> R execute(Operation<Q, R> operation, Q request) {
        if (closed.get()) {
            throw new LakeJobException("The Flink transport is closed");
        }
        Function<Object, Object> h = handlers.get(operation.name());
        if (h == null) {
            throw new io.lakejob.sdk.exception.NotSupportedException(operation.name(), NAME);
        }
        return (R) h.apply(request);
    }

    private int totalSlots() {
        return embedded != null ? embedded.totalSlots() : 0;
    }

    private URI restAddress() {
        return embedded != null ? embedded.restAddress() : target.restAddress();
    }

    private boolean queueInUse(String queueName) {
        return jobs.values().stream()
                .anyMatch(j -> j.isActive() && queueName.equalsIgnoreCase(queueOf(j.definition())));
    }

    private static String queueOf(CreateFlinkSqlJobRequest d) {
        return d.queueName() == null ? QueueStore.DEFAULT_QUEUE : d.queueName();
    }

    // ---- Flink SQL jobs -------------------------------------------------------------------

    private CreateFlinkJobResponse createSqlJob(CreateFlinkSqlJobRequest request) {
        queues.require(queueOf(request));
        if (request.sqlBody() == null) {
            throw LocalErrors.invalid(
                    "sql_body", "is required on the Flink transport (templates are not resolved yet)");
        }
        SqlJobRunner.plan(request.sqlBody());
        long id = jobIds.incrementAndGet();
        FlinkJobRecord record =
                new FlinkJobRecord(id, request, configuration.clock().instant());
        jobs.put(id, record);
        return new CreateFlinkJobResponse(
                true, "Job " + id + " created", new CreatedFlinkJob(id, JobStatus.JOB_INIT, ""));
    }

    private FlinkJobRecord job(long id) {
        FlinkJobRecord r = jobs.get(id);
        if (r == null) {
            throw LocalErrors.notFound("Flink job " + id);
        }
        return r;
    }

    private FlinkJobsBatchResponse runJobs(RunFlinkJobsRequest request) {
        List<BasicResponse> results = new ArrayList<>();
        for (long id : request.jobIds()) {
            FlinkJobRecord record = jobs.get(id);
            if (record == null) {
                results.add(new BasicResponse(false, "Flink job " + id + " does not exist"));
                continue;
            }
            synchronized (record) {
                if (record.isActive()) {
                    results.add(new BasicResponse(false, "Flink job " + id + " is already " + record.status()));
                    continue;
                }
                String restore = Boolean.TRUE.equals(request.resumeSavepoint()) ? record.savepointPath() : null;
                int attempt = record.beginRun(configuration.clock().instant());
                runner.start(record, attempt, spec(record.definition(), restore), restAddress());
            }
            results.add(new BasicResponse(true, "Flink job " + id + " submitted"));
        }
        return new FlinkJobsBatchResponse(results);
    }

    private JobSpec spec(CreateFlinkSqlJobRequest d, String restorePath) {
        boolean checkpoints = Boolean.TRUE.equals(d.checkpointEnabled());
        long interval = d.checkpointInterval() == null ? 10 : d.checkpointInterval();
        return new JobSpec(
                d.name(),
                d.sqlBody(),
                d.parallelNumber(),
                checkpoints ? Duration.ofSeconds(Math.max(1, interval)).toMillis() : null,
                d.checkpointMode() == null || !CheckpointMode.AT_LEAST_ONCE.equals(d.checkpointMode()),
                Boolean.TRUE.equals(d.restartWhenException()),
                d.idleStateRetention(),
                false,
                restorePath,
                RuntimeConfig.parse(d.runtimeConfig()),
                settings.maxResultRows(),
                false);
    }

    private GetFlinkJobResponse getJob(GetFlinkJobRequest request) {
        FlinkJobRecord r = job(request.jobId());
        CreateFlinkSqlJobRequest d = r.definition();
        FlinkJobDetail detail = FlinkJobDetail.builder()
                .jobId(r.id())
                .name(d.name())
                .desc(d.desc())
                .jobType(d.jobType() == null ? JobType.FLINK_SQL_JOB : d.jobType())
                .status(r.status())
                .statusDesc(r.statusDesc())
                .createTime(r.createTime())
                .startTime(r.startTime())
                .queueName(queueOf(d))
                .projectId(configuration.projectId())
                .sqlBody(d.sqlBody())
                .savepointPath(r.savepointPath())
                .runMode(d.runMode())
                .jobConfig(FlinkJobConfig.builder()
                        .checkpointEnabled(d.checkpointEnabled())
                        .checkpointInterval(d.checkpointInterval())
                        .checkpointMode(d.checkpointMode())
                        .cuNumber(d.cuNumber())
                        .parallelNumber(d.parallelNumber())
                        .restartWhenException(d.restartWhenException())
                        .idleStateRetention(d.idleStateRetention())
                        .udfJarUrl(d.udfJarUrl())
                        .runtimeConfig(d.runtimeConfig())
                        .build())
                .updateTime(r.updateTime())
                .build();
        return new GetFlinkJobResponse(true, "", detail);
    }

    private FlinkJobsBatchResponse stopJobs(StopFlinkJobsRequest request) {
        List<BasicResponse> results = new ArrayList<>();
        for (long id : request.jobIds()) {
            FlinkJobRecord record = jobs.get(id);
            if (record == null) {
                results.add(new BasicResponse(false, "Flink job " + id + " does not exist"));
                continue;
            }
            results.add(stop(record, Boolean.TRUE.equals(request.triggerSavepoint())));
        }
        return new FlinkJobsBatchResponse(results);
    }

    private BasicResponse stop(FlinkJobRecord record, boolean savepoint) {
        JobClient client;
        synchronized (record) {
            if (!record.isActive()) {
                return new BasicResponse(
                        false, "Flink job " + record.id() + " is not running (" + record.status() + ")");
            }
            client = record.flinkClient();
            record.requestStop(configuration.clock().instant());
        }
        if (client == null) {
            return new BasicResponse(true, "Flink job " + record.id() + " stopped before it was submitted");
        }
        try {
            Duration timeout = configuration.callTimeout();
            if (savepoint) {
                String path = client.stopWithSavepoint(
                                false, savepointDir().toUri().toString(), SavepointFormatType.CANONICAL)
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                record.savepointPath(path);
                return new BasicResponse(true, "Flink job " + record.id() + " stopped with savepoint " + path);
            }
            client.cancel().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new BasicResponse(true, "Flink job " + record.id() + " stopped");
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // A failed stop does not mean the job stopped: report what the job is doing now.
            return new BasicResponse(
                    false,
                    "Stopping Flink job " + record.id() + " failed: " + SqlJobRunner.rootMessage(e) + "; job status is "
                            + record.status());
        }
    }

    private Path savepointDir() {
        Path dir = savepointDir;
        if (dir == null) {
            synchronized (this) {
                if (savepointDir == null) {
                    try {
                        savepointDir = settings.savepointDir() != null
                                ? Files.createDirectories(settings.savepointDir())
                                : Files.createTempDirectory("lakejob-savepoints-");
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot create the savepoint directory", e);
                    }
                }
                dir = savepointDir;
            }
        }
        return dir;
    }

    // ---- Flink platform (Dinky) -------------------------------------------------------------

    private SqlExecutionResult executeSql(ExecuteSqlRequest request) {
        String sql = Variables.substitute(request.statement(), request.variables());
        long id = jobIds.incrementAndGet();
        String name = request.jobName() == null ? "lakejob-sql-" + id : request.jobName();
        CreateFlinkSqlJobRequest definition = CreateFlinkSqlJobRequest.builder()
                .name(name.length() > 57 ? name.substring(0, 57) : name)
                .sqlBody(sql)
                .build();
        FlinkJobRecord record =
                new FlinkJobRecord(id, definition, configuration.clock().instant());
        Map<String, String> conf = new LinkedHashMap<>(request.configuration());
        JobSpec spec = new JobSpec(
                name,
                sql,
                request.parallelism(),
                request.checkPoint() == null || request.checkPoint() <= 0 ? null : request.checkPoint(),
                true,
                false,
                null,
                request.batchMode(),
                request.savePointPath(),
                conf,
                request.maxRowNum(),
                request.useChangeLog());
        jobs.put(id, record);
        int attempt = record.beginRun(configuration.clock().instant());
        runner.start(record, attempt, spec, restAddress());
        int max = request.maxRowNum();
        try {
            boolean done = record.await(
                    r -> r.isTerminal() || (request.useResult() ? r.rowCount() >= max : r.flinkJobId() != null),
                    configuration.callTimeout());
            if (!done) {
                throw new LakeJobTimeoutException("executeSql did not complete", configuration.callTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LakeJobException("Interrupted while waiting for executeSql", e);
        }
        if (request.useAutoCancel() && !record.isTerminal() && record.rowCount() >= max) {
            stop(record, false);
        }
        return result(record, name);
    }

    private SqlExecutionResult jobData(GetJobDataRequest request) {
        String id = request.jobId();
        FlinkJobRecord record = jobs.values().stream()
                .filter(r -> id.equals(r.flinkJobId()) || id.equals(String.valueOf(r.id())))
                .findFirst()
                .orElseThrow(() -> LocalErrors.notFound("Job " + id));
        return result(record, record.definition().name());
    }

    private SqlExecutionResult result(FlinkJobRecord r, String name) {
        JobStatus s = r.status();
        boolean failed = s.equals(JobStatus.JOB_RUNNING_EXCEPTION) || s.equals(JobStatus.JOB_SUBMIT_FAIL);
        return SqlExecutionResult.builder()
                .jobId(r.flinkJobId())
                .jobName(name)
                .success(!failed)
                .error(failed ? r.statusDesc() : null)
                .status(flinkStatus(s))
                .jobManagerAddress(restAddress().getHost() + ":" + restAddress().getPort())
                .startTime(r.startTime())
                .endTime(r.isTerminal() ? r.updateTime() : null)
                .columns(r.columns())
                .rows(r.resultRows())
                .truncated(r.truncated())
                .build();
    }

    private static FlinkJobStatus flinkStatus(JobStatus s) {
        if (s.equals(JobStatus.JOB_RUNNING)) {
            return FlinkJobStatus.RUNNING;
        }
        if (s.equals(JobStatus.JOB_FINISH)) {
            return FlinkJobStatus.FINISHED;
        }
        if (s.equals(JobStatus.JOB_CANCEL_SUCCESS)) {
            return FlinkJobStatus.CANCELED;
        }
        if (s.equals(JobStatus.JOB_CANCELING)) {
            return FlinkJobStatus.CANCELLING;
        }
        if (s.equals(JobStatus.JOB_RUNNING_EXCEPTION) || s.equals(JobStatus.JOB_SUBMIT_FAIL)) {
            return FlinkJobStatus.FAILED;
        }
        return FlinkJobStatus.INITIALIZING;
    }

    // ---- lifecycle --------------------------------------------------------------------------

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        RuntimeException failure = null;
        for (FlinkJobRecord r : jobs.values()) {
            JobClient c = r.flinkClient();
            if (c != null && r.isActive()) {
                r.requestStop(configuration.clock().instant());
                try {
                    c.cancel().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
