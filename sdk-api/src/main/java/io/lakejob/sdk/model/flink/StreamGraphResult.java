package io.lakejob.sdk.model.flink;

/**
 * The outcome of {@code GetStreamGraph}: the job's stream graph (operator DAG) as JSON.
 *
 * @param streamGraph the JSON text of the stream graph
 */
public record StreamGraphResult(String streamGraph) {}
