/**
 * Requests and results of the Flink-platform operations (from the Dinky OpenAPI) that the DLI
 * reference lacks: executing SQL with results, reading a job's results, explaining SQL, job plans,
 * stream graphs and savepoints addressed by Flink job id. Validation failures name the field as
 * the Dinky OpenAPI spells it (for example {@code jobId}, {@code statement}, {@code maxRowNum}).
 */
package io.lakejob.sdk.model.flink;
