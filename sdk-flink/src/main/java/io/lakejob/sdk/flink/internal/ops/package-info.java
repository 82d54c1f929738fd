/**
 * The operations: one handler group per chapter of the reference (queues, Flink jobs, SQL
 * statement jobs, catalog, resources, ...) plus the Dinky platform operations. A group checks a
 * request, decides where its job runs (through {@code Targets}) and hands running work to {@code
 * running}; it never talks to a cluster itself.
 */
package io.lakejob.sdk.flink.internal.ops;
