package io.lakejob.sdk.flink.internal;

import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.flink.internal.metadata.MetadataStore;
import io.lakejob.sdk.flink.internal.ops.QueueHandlers;
import io.lakejob.sdk.flink.internal.ops.TemplateHandlers;
import io.lakejob.sdk.flink.internal.ops.VariableHandlers;
import io.lakejob.sdk.flink.internal.running.FlinkJobRecord;
import io.lakejob.sdk.flink.internal.running.SqlJobRunner;
import io.lakejob.sdk.flink.internal.running.Variables;
import io.lakejob.sdk.flink.internal.targets.TargetContext;
import io.lakejob.sdk.flink.internal.targets.TargetKind;
import io.lakejob.sdk.flink.internal.targets.Targets;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.spi.ClientConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every handler group of the Flink transport shares: the configuration, the target cluster
 * (embedded or standalone), the job runner and its threads, and the platform's job records.
 * Thread-safe.
 */
public final class FlinkContext implements AutoCloseable {
    private final ClientConfiguration configuration;
    private final Targets targets;
    private final FlinkSettings settings;
    private final ExecutorService executor;
    private final SqlJobRunner runner;
    private final Map<Long, FlinkJobRecord> jobs = new ConcurrentHashMap<>();
    private final AtomicLong jobIds = new AtomicLong(100_000);
    private volatile Path savepointDir;
    private volatile TemplateHandlers templates;
    private volatile VariableHandlers variables;
    private final MetadataStore metadata;
    private final AllowedLocations locations;
    private final AutoCloseable http;
    private volatile java.util.function.Consumer<FlinkJobRecord> jobChanged = r -> {};

    FlinkContext(ClientConfiguration configuration) {
        this.configuration = configuration;
        this.settings = FlinkSettings.from(configuration);
        this.locations = AllowedLocations.from(configuration.properties());
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "lakejob-flink-job-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.targets = new Targets(
                configuration.endpoint(),
                configuration.properties(),
                new TargetContext(settings, configuration.clock(), executor));
        this.runner = new SqlJobRunner(executor, configuration.clock(), targets);
        this.http = SharedHttpClient.lease();
        try {
            this.metadata = MetadataStore.open(configuration);
        } catch (RuntimeException e) {
            executor.shutdownNow();
            targets.close();
            closeQuietly(http);
            throw e;
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // nothing left to release
        }
    }

    /** @return where the transport's metadata is kept (in memory unless {@code flink.metadata.dir} is set) */
    public MetadataStore metadata() {
        return metadata;
    }

    /** Sets what runs after a job record changes (the metadata store's save), and after a job is added or removed. */
    public void onJobChange(java.util.function.Consumer<FlinkJobRecord> listener) {
        this.jobChanged = listener;
    }

    /** Makes later job ids greater than {@code id} (after loading stored jobs). */
    public void jobIdsAbove(long id) {
        jobIds.accumulateAndGet(id, Math::max);
    }

    /** @return the last job id given out */
    public long lastJobId() {
        return jobIds.get();
    }

    void stores(TemplateHandlers templateStore, VariableHandlers variableStore) {
        this.templates = templateStore;
        this.variables = variableStore;
    }

    /**
     * The SQL of a job template.
     *
     * @param templateId the template id
     * @return the SQL
     */
    public String templateSql(long templateId) {
        return templates.sqlOf(templateId);
    }

    /**
     * Substitutes the client's global variables ({@code ${name}}) into SQL.
     *
     * @param sql the SQL
     * @return the SQL with every known variable replaced
     */
    public String withGlobalVariables(String sql) {
        return variables == null ? sql : Variables.substitute(sql, variables.values());
    }

    /** @return the local folders and web locations requests may make this client read or write */
    public AllowedLocations locations() {
        return locations;
    }

    /** What a sensitive global variable's value is replaced with in text the client returns or stores. */
    public static final String MASK = "******";

    /**
     * Masks the values of sensitive global variables in text the client returns or stores (job
     * status descriptions, errors that echo SQL, explain and plan output): each value, also as SQL
     * (quotes doubled) and JSON (escaped) would show it, becomes {@value #MASK}.
     *
     * @param text the text, or {@code null}
     * @return the text without sensitive values
     */
    public String mask(String text) {
        VariableHandlers v = variables;
        if (text == null || text.isEmpty() || v == null) {
            return text;
        }
        List<String> values = v.sensitiveValues();
        if (values.isEmpty()) {
            return text;
        }
        List<String> forms = new ArrayList<>();
        for (String value : values) {
            forms.add(value);
            forms.add(value.replace("'", "''"));
            forms.add(io.lakejob.sdk.flink.internal.format.JsonText.escape(value));
        }
        // The longest first, so that a value holding another is masked whole.
        forms.sort(Comparator.comparingInt(String::length).reversed());
        String out = text;
        for (String f : forms) {
            if (!f.isEmpty()) {
                out = out.replace(f, MASK);
            }
        }
        return out;
    }

    /** @return the client configuration */
    public ClientConfiguration configuration() {
        return configuration;
    }

    /** @return the client's clock */
    public Clock clock() {
        return configuration.clock();
    }

    /** @return the transport's settings */
    public FlinkSettings settings() {
        return settings;
    }

    /** @return where jobs run: the client's own target, queues' and requests' targets */
    public Targets targets() {
        return targets;
    }

    /** @return the job runner */
    public SqlJobRunner runner() {
        return runner;
    }

    /** @return the background executor (daemon threads, stopped on close) */
    public ExecutorService executor() {
        return executor;
    }

    /** @return the total task slots of the embedded cluster when it is the client's target, else 0 */
    public int totalSlots() {
        return targets.clientDefault().kind() == TargetKind.LOCAL
                ? settings.taskManagers() * settings.slotsPerTaskManager()
                : 0;
    }

    /** @return a new platform job id */
    public long nextJobId() {
        return jobIds.incrementAndGet();
    }

    /** Adds a job record. */
    public void putJob(FlinkJobRecord record) {
        // Its status descriptions may echo SQL with values substituted: never keep a sensitive one.
        record.masker(this::mask);
        jobs.put(record.id(), record);
        record.onChange(() -> jobChanged.accept(record));
        jobChanged.accept(record);
    }

    /** @return the record, or {@code null} */
    public FlinkJobRecord findJob(long id) {
        return jobs.get(id);
    }

    /** @return the record of an existing job, else a DLI.0002 service error */
    public FlinkJobRecord job(long id) {
        FlinkJobRecord r = jobs.get(id);
        if (r == null) {
            throw LocalErrors.notFound("Flink job " + id);
        }
        return r;
    }

    /** @return every job record */
    public Collection<FlinkJobRecord> jobs() {
        return jobs.values();
    }

    /** Removes a job record. */
    public void removeJob(long id) {
        FlinkJobRecord r = jobs.remove(id);
        if (r != null) {
            r.onChange(null);
            jobChanged.accept(r);
        }
    }

    /** @return the queue a job definition runs on */
    public static String queueOf(CreateFlinkSqlJobRequest d) {
        return d.queueName() == null ? QueueHandlers.DEFAULT_QUEUE : d.queueName();
    }

    /** @return whether an active job runs on the queue */
    public boolean queueInUse(String queueName) {
        return jobs.values().stream()
                .anyMatch(j -> j.isActive() && queueName.equalsIgnoreCase(queueOf(j.definition())));
    }

    /** @return the savepoint directory, created on first use */
    public Path savepointDir() {
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

    private boolean keepsRunning(FlinkJobRecord r) {
        io.lakejob.sdk.flink.internal.targets.JobRef ref = r.jobRef();
        if (ref == null) {
            return false;
        }
        try {
            return targets.of(ref).keepsRunningOnClose(ref);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Cancels active jobs, stops the threads and the embedded cluster, and releases the shared HTTP
     * client (stopped with the last client): no thread the client started outlives it. A job whose
     * target keeps it running ({@link
     * io.lakejob.sdk.flink.internal.targets.DeploymentTarget#keepsRunningOnClose}, see {@code
     * flink.close.clusters}) is left running and its record is no longer saved, so the metadata
     * directory keeps it active for the next client to re-attach.
     */
    @Override
    public void close() {
        for (FlinkJobRecord r : jobs.values()) {
            org.apache.flink.core.execution.JobClient c = r.flinkClient();
            if (c != null && r.isActive() && keepsRunning(r)) {
                // Detached: what this client's threads see of it while closing is not the job's end.
                r.onChange(null);
                continue;
            }
            if (c != null && r.isActive()) {
                r.requestStop(clock().instant());
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
        boolean interrupted = false;
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        try {
            targets.close();
        } finally {
            try {
                metadata.close();
            } finally {
                // The last open client stops the shared HTTP client's threads.
                closeQuietly(http);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new LakeJobException("Interrupted while stopping the Flink transport");
        }
    }
}
