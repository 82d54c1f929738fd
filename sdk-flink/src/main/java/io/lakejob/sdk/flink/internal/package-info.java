/**
 * The Flink transport's internals; nothing here is public API. The root holds the wiring: {@link
 * io.lakejob.sdk.flink.internal.FlinkTransport} registers one handler group per chapter of the
 * reference, and {@link io.lakejob.sdk.flink.internal.FlinkContext} is what they share. Roles live
 * in sub-packages: {@code ops} (the operations, one handler group each), {@code running} (what runs
 * SQL and jar jobs and keeps their records), {@code targets} (where jobs run: one {@code
 * DeploymentTarget} per kind, chosen by {@code Targets}), {@code metadata} (the metadata directory)
 * and {@code format} (the {@code lakejob-csv} table format). See {@code sdk-flink/ARCHITECTURE.md}.
 */
package io.lakejob.sdk.flink.internal;
