/** The client's embedded cluster: a MiniCluster in this JVM, jobs handed over in memory. */
package io.lakejob.sdk.flink.internal.targets.local;
