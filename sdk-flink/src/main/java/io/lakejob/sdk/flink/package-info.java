/**
 * The Flink transport: the API's operations executed on Apache Flink. Add this module (and
 * Flink itself, which is {@code provided}) and use the endpoint {@code flink:local}.
 *
 * <h2>Resuming a Flink SQL job that ends in a query</h2>
 *
 * <p>The result of a job whose script ends in a query ({@code flink().jobData(...)}) is the
 * query's changelog applied to a table: an insert or update-after adds a row, an update-before or
 * delete removes an equal row, so a grouped aggregation shows the latest value per key and an
 * append-only query shows every row. A job stopped with a savepoint ({@code trigger_savepoint})
 * and run again with {@code resume_savepoint} continues that result: the Flink job restores the
 * savepoint (source positions, aggregates), the rows the earlier run delivered stay, and the new
 * run's changes apply to them, so the result is the one a single uninterrupted run would show,
 * with no row lost or repeated. The resume is refused, with the reason, when the held rows do not
 * match the savepoint: the savepoint was not taken by the job's latest run in this client (results
 * live in the client's memory, so a new client cannot continue them), the job's SQL changed, or
 * the run delivered rows after the savepoint (a savepoint triggered while the job kept running).
 * Run the job without {@code resume_savepoint} to start its query afresh.
 */
package io.lakejob.sdk.flink;
