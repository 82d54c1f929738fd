package io.lakejob.sdk.flink.internal;

import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.internal.metadata.MetadataJobs;
import io.lakejob.sdk.flink.internal.ops.CatalogHandlers;
import io.lakejob.sdk.flink.internal.ops.ConnectionHandlers;
import io.lakejob.sdk.flink.internal.ops.FlinkJobAdminHandlers;
import io.lakejob.sdk.flink.internal.ops.FlinkJobHandlers;
import io.lakejob.sdk.flink.internal.ops.JarJobHandlers;
import io.lakejob.sdk.flink.internal.ops.PermissionHandlers;
import io.lakejob.sdk.flink.internal.ops.PlatformHandlers;
import io.lakejob.sdk.flink.internal.ops.QueueHandlers;
import io.lakejob.sdk.flink.internal.ops.ResourceHandlers;
import io.lakejob.sdk.flink.internal.ops.SqlStatementHandlers;
import io.lakejob.sdk.flink.internal.ops.TemplateHandlers;
import io.lakejob.sdk.flink.internal.ops.VariableHandlers;
import io.lakejob.sdk.flink.internal.running.FlinkJobRecord;
import io.lakejob.sdk.spi.Capabilities;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.FlinkJobOperations;
import io.lakejob.sdk.spi.FlinkPlatformOperations;
import io.lakejob.sdk.spi.HttpMethod;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.SqlJobOperations;
import io.lakejob.sdk.spi.StatusNotifier;
import io.lakejob.sdk.spi.StatusSubscription;
import io.lakejob.sdk.spi.Transport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Executes the API's operations on Apache Flink: an embedded MiniCluster (started on first use,
 * stopped by {@link #close()}) or a standalone session cluster's REST endpoint. Each group of
 * operations is a handler class registered here; {@link #capabilities()} is exactly the set of
 * registered operations.
 */
public final class FlinkTransport implements Transport, HandlerRegistry {
    /** The transport's name. */
    public static final String NAME = "flink";

    private final FlinkContext ctx;
    private final Map<String, Function<Object, Object>> handlers = new LinkedHashMap<>();
    private final List<Operation<?, ?>> supported = new ArrayList<>();
    private final Capabilities capabilities;
    private final SqlStatementHandlers sqlJobs;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates the transport; nothing starts until the first job.
     *
     * @param configuration the client configuration
     */
    public FlinkTransport(ClientConfiguration configuration) {
        this.ctx = new FlinkContext(configuration);
        try {
            this.sqlJobs = registerHandlers();
        } catch (RuntimeException | Error e) {
            // A refused metadata file, for example: release the directory lock and the threads now,
            // or this JVM could never write the directory again.
            try {
                ctx.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        this.capabilities = Capabilities.of(NAME, supported);
    }

    /** Registers every operation's handler; returns the SQL statement handlers, which notify waiters. */
    private SqlStatementHandlers registerHandlers() {
        TemplateHandlers templates = new TemplateHandlers(ctx);
        templates.register(this);
        VariableHandlers variables = new VariableHandlers(ctx);
        variables.register(this);
        ctx.stores(templates, variables);
        templates.persistIn(ctx.metadata());
        variables.persistIn(ctx.metadata());
        QueueHandlers queues = new QueueHandlers(ctx.clock(), ctx::queueInUse, ctx.totalSlots(), ctx.targets());
        queues.register(this);
        queues.persistIn(ctx.metadata());
        new ConnectionHandlers(ctx, queues).persistIn(ctx.metadata()).register(this);
        new PermissionHandlers(queues).persistIn(ctx.metadata()).register(this);
        FlinkJobHandlers jobs = new FlinkJobHandlers(ctx, queues);
        jobs.register(this);
        ResourceHandlers resources = new ResourceHandlers(ctx).persistIn(ctx.metadata());
        resources.register(this);
        new JarJobHandlers(ctx, queues, jobs, resources).register(this);
        new FlinkJobAdminHandlers(ctx, queues, jobs).register(this);
        new PlatformHandlers(ctx, jobs).register(this);
        CatalogHandlers catalog = new CatalogHandlers(ctx);
        catalog.register(this);
        catalog.persistIn(ctx.metadata());
        ctx.runner().catalogs(catalog::register);
        SqlStatementHandlers sqlStatements = new SqlStatementHandlers(ctx, catalog, queues);
        sqlStatements.register(this);
        MetadataJobs.attach(ctx);
        return sqlStatements;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <Q, R> void handle(Operation<Q, R> op, Function<Q, R> handler) {
        if (handlers.put(op.name(), (Function<Object, Object>) handler) != null) {
            throw new IllegalStateException("Two handlers for " + op.name());
        }
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
            throw new NotSupportedException(operation.name(), NAME);
        }
        if (!readsOnly(operation)) {
            // A client that only reads its metadata directory refuses a change before it happens.
            ctx.metadata().checkWritable(operation.name());
        }
        // Execution hooks see one attempt per operation.
        return ctx.configuration().hooks().around(NAME, operation.name(), () -> {
            try {
                return (R) h.apply(request);
            } catch (ServiceException e) {
                throw masked(e);
            }
        });
    }

    /**
     * A service error without the values of sensitive global variables: Flink's messages echo SQL,
     * and the SQL it ran had them substituted. The cause goes too when its messages hold one.
     */
    private ServiceException masked(ServiceException e) {
        String message = ctx.mask(e.errorMessage());
        boolean causeLeaks = false;
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.equals(ctx.mask(m))) {
                causeLeaks = true;
                break;
            }
        }
        if (!causeLeaks && java.util.Objects.equals(message, e.errorMessage())) {
            return e;
        }
        return new ServiceException(
                e.statusCode(), e.errorCode(), message, e.requestId(), e.retryable(), causeLeaks ? null : e.getCause());
    }

    /**
     * Whether an operation leaves the client's metadata as it is: every GET of the reference, and the
     * operations that only check, plan or read (their HTTP method aside).
     */
    static boolean readsOnly(Operation<?, ?> operation) {
        return operation.method() == HttpMethod.GET || READS.contains(operation.name());
    }

    private static final Set<String> READS = Set.of(
            SqlJobOperations.CHECK_SQL.name(),
            FlinkJobOperations.EXPORT_FLINK_JOBS.name(),
            FlinkPlatformOperations.EXPLAIN_SQL.name(),
            FlinkPlatformOperations.GET_JOB_PLAN.name(),
            FlinkPlatformOperations.GET_STREAM_GRAPH.name(),
            FlinkPlatformOperations.GET_JOB_DATA.name());

    /**
     * Tells waiters of Flink jobs and SQL jobs when a job's status changes: every change goes through
     * this client's job records (whoever follows the job, in this JVM or on a remote cluster), so a
     * wait ends when the job does. Batches have no Flink meaning.
     */
    @Override
    public Optional<StatusNotifier> statusNotifier(OperationGroup group) {
        if (group == OperationGroup.FLINK_JOBS) {
            return Optional.of(this::subscribeFlinkJob);
        }
        if (group == OperationGroup.SQL_JOBS) {
            return Optional.of(sqlJobs::subscribe);
        }
        return Optional.empty();
    }

    private Optional<StatusSubscription> subscribeFlinkJob(String jobId, Runnable onChange) {
        FlinkJobRecord record;
        try {
            record = ctx.findJob(Long.parseLong(jobId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (record == null) {
            return Optional.empty();
        }
        Runnable remove = record.watch(onChange);
        return Optional.of(remove::run);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            ctx.close();
        }
    }
}
