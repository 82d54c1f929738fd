/**
 * What runs SQL and jar jobs on a deployment target, and the records that say how they are doing:
 * SQL scripts planned by a {@code TableEnvironment}, jar jobs built from a packaged program, the
 * follower that reads a run's end beside its cluster's state, query results and their resume.
 */
package io.lakejob.sdk.flink.internal.running;
