/**
 * Where jobs run. {@link io.lakejob.sdk.flink.internal.targets.DeploymentTarget} is the one seam:
 * deploy or attach, submit a job graph or deploy an application, find a cluster's REST address,
 * read its state from the resource manager, kill it, and job control over Flink's REST API.
 * {@link io.lakejob.sdk.flink.internal.targets.Targets} reads the settings of the client, queues and
 * requests, refuses what cannot be carried out before any I/O, and keeps one target per cluster
 * setting. One sub-package per kind of cluster: {@code local} (the embedded MiniCluster), {@code
 * standalone}, and the optional {@code yarn} and {@code kubernetes}, loaded by name only when asked
 * for so that their modules never reach users who do not use them.
 */
package io.lakejob.sdk.flink.internal.targets;
