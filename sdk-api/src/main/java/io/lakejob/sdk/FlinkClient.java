package io.lakejob.sdk;

/**
 * Flink-platform operations the DLI reference lacks (from the Dinky OpenAPI): execute SQL with results, explain, job plan, stream graph and savepoints by Flink job id. Thread-safe.
 */
public interface FlinkClient {}
