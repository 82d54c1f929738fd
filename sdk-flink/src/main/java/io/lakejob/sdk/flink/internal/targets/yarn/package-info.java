/**
 * The YARN targets ({@code yarn-session}, {@code yarn-per-job}, {@code yarn-application}): Flink's
 * {@code YarnClusterDescriptor} deploys, retrieves and kills, the YARN client reads application
 * reports and scheduler queues. flink-yarn and the Hadoop client are optional dependencies of the
 * SDK, so nothing outside this package imports it: {@code Targets} loads {@link
 * io.lakejob.sdk.flink.internal.targets.yarn.YarnTargetFactory} by name when a YARN kind is asked for.
 */
package io.lakejob.sdk.flink.internal.targets.yarn;
