package io.lakejob.sdk;

import io.lakejob.sdk.spi.Capabilities;

/**
 * The entry point: one client per endpoint and project, thread-safe, grouping the operations as
 * the DLI reference does. Build one with {@link #builder()}; close it to release every thread,
 * connection and embedded cluster its transport started.
 *
 * <pre>{@code
 * try (LakeJobClient client = LakeJobClient.builder().endpoint("flink:local").build()) {
 *     client.queues().list(ListQueuesRequest.all());
 * }
 * }</pre>
 */
public interface LakeJobClient extends AutoCloseable {
    /**
     * A new builder.
     *
     * @return a builder
     */
    static LakeJobClientBuilder builder() {
        return new LakeJobClientBuilder();
    }

    /**
     * Queues and scaling plans (chapter 6).
     *
     * @return the queue client
     */
    QueueClient queues();

    /**
     * Flink SQL and jar jobs (chapter 9).
     *
     * @return the job client
     */
    JobClient jobs();

    /**
     * Flink job templates (chapter 11).
     *
     * @return the template client
     */
    TemplateClient templates();

    /**
     * SQL statement jobs (chapter 7.3).
     *
     * @return the SQL job client
     */
    SqlJobClient sql();

    /**
     * Spark batch jobs (chapter 10).
     *
     * @return the batch client
     */
    BatchClient batches();

    /**
     * Databases, tables and partitions (chapters 7.1 and 7.2).
     *
     * @return the catalog client
     */
    CatalogClient catalog();

    /**
     * Resource groups and packages (chapter 8).
     *
     * @return the resource client
     */
    ResourceClient resources();

    /**
     * Enhanced datasource connections (chapter 12).
     *
     * @return the connection client
     */
    ConnectionClient connections();

    /**
     * Global variables (chapter 13).
     *
     * @return the variable client
     */
    VariableClient variables();

    /**
     * Permissions (chapter 5).
     *
     * @return the permission client
     */
    PermissionClient permissions();

    /**
     * Flink-platform operations (Dinky OpenAPI): execute with results, explain, plans, savepoints.
     *
     * @return the Flink platform client
     */
    FlinkClient flink();

    /**
     * The operations the transport in use supports.
     *
     * @return the capabilities
     */
    Capabilities capabilities();

    /**
     * The name of the transport in use, for example {@code cloud} or {@code flink}.
     *
     * @return the transport's name
     */
    String transportName();

    /** Closes the transport. Idempotent; calls after close fail with an error. */
    @Override
    void close();
}
