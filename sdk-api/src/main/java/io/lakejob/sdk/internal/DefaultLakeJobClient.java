package io.lakejob.sdk.internal;

import io.lakejob.sdk.BatchClient;
import io.lakejob.sdk.CatalogClient;
import io.lakejob.sdk.ConnectionClient;
import io.lakejob.sdk.FlinkClient;
import io.lakejob.sdk.JobClient;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.PermissionClient;
import io.lakejob.sdk.QueueClient;
import io.lakejob.sdk.ResourceClient;
import io.lakejob.sdk.SqlJobClient;
import io.lakejob.sdk.TemplateClient;
import io.lakejob.sdk.VariableClient;
import io.lakejob.sdk.spi.Capabilities;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.Transport;

/** The client: one invoker over one transport, and a group object per chapter. Not part of the public API. */
public final class DefaultLakeJobClient implements LakeJobClient {
    private final ClientConfiguration configuration;
    private final Invoker invoker;
    private final QueueClient queues;
    private final JobClient jobs;
    private final TemplateClient templates;
    private final SqlJobClient sql;
    private final BatchClient batches;
    private final CatalogClient catalog;
    private final ResourceClient resources;
    private final ConnectionClient connections;
    private final VariableClient variables;
    private final PermissionClient permissions;
    private final FlinkClient flink;

    /**
     * Creates the client.
     *
     * @param configuration the frozen configuration
     * @param transport the transport, owned by the client from now on
     */
    public DefaultLakeJobClient(ClientConfiguration configuration, Transport transport) {
        this(configuration, transport, Sleeper.SYSTEM);
    }

    /**
     * Creates the client with a custom sleeper (tests).
     *
     * @param configuration the frozen configuration
     * @param transport the transport, owned by the client from now on
     * @param sleeper pauses waiters
     */
    public DefaultLakeJobClient(ClientConfiguration configuration, Transport transport, Sleeper sleeper) {
        this(configuration, new Invoker(configuration, transport, sleeper));
    }

    /**
     * Creates the client with a custom sleeper and wait scheduler (tests).
     *
     * @param configuration the frozen configuration
     * @param transport the transport, owned by the client from now on
     * @param sleeper pauses synchronous waiters
     * @param scheduler runs the polls of asynchronous waits; shut down by {@link #close()}
     */
    public DefaultLakeJobClient(
            ClientConfiguration configuration, Transport transport, Sleeper sleeper, WaitScheduler scheduler) {
        this(configuration, new Invoker(configuration, transport, sleeper, scheduler));
    }

    private DefaultLakeJobClient(ClientConfiguration configuration, Invoker invoker) {
        this.configuration = configuration;
        this.invoker = invoker;
        this.queues = new QueueClientImpl(invoker);
        this.jobs = new JobClientImpl(invoker);
        this.templates = new TemplateClientImpl(invoker);
        this.sql = new SqlJobClientImpl(invoker);
        this.batches = new BatchClientImpl(invoker);
        this.catalog = new CatalogClientImpl(invoker);
        this.resources = new ResourceClientImpl(invoker);
        this.connections = new ConnectionClientImpl(invoker);
        this.variables = new VariableClientImpl(invoker);
        this.permissions = new PermissionClientImpl(invoker);
        this.flink = new FlinkClientImpl(invoker);
    }

    @Override
    public QueueClient queues() {
        return queues;
    }

    @Override
    public JobClient jobs() {
        return jobs;
    }

    @Override
    public TemplateClient templates() {
        return templates;
    }

    @Override
    public SqlJobClient sql() {
        return sql;
    }

    @Override
    public BatchClient batches() {
        return batches;
    }

    @Override
    public CatalogClient catalog() {
        return catalog;
    }

    @Override
    public ResourceClient resources() {
        return resources;
    }

    @Override
    public ConnectionClient connections() {
        return connections;
    }

    @Override
    public VariableClient variables() {
        return variables;
    }

    @Override
    public PermissionClient permissions() {
        return permissions;
    }

    @Override
    public FlinkClient flink() {
        return flink;
    }

    @Override
    public Capabilities capabilities() {
        return invoker.transport().capabilities();
    }

    @Override
    public String transportName() {
        return invoker.transport().name();
    }

    @Override
    public void close() {
        if (invoker.markClosed()) {
            invoker.transport().close();
        }
    }

    @Override
    public String toString() {
        return "LakeJobClient[transport=" + invoker.transport().name() + ", endpoint=" + configuration.endpoint()
                + ", projectId=" + configuration.projectId() + "]";
    }
}
