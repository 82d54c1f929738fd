/**
 * The Kubernetes targets: {@code kubernetes-session} (a session cluster deployed or attached by its
 * cluster id) and {@code kubernetes-application} (one cluster per job run, its main class run in the
 * JobManager from a jar in the image). Built on Flink's {@code flink-kubernetes}, which is optional:
 * this package is loaded by class name only when such a kind is asked for, and never imported from
 * outside it.
 */
package io.lakejob.sdk.flink.internal.targets.kubernetes;
