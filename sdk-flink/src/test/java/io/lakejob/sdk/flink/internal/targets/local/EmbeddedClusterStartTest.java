package io.lakejob.sdk.flink.internal.targets.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.LakeJobException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.junit.jupiter.api.Test;

/**
 * The embedded cluster started in the background while a first job is planned: one start however
 * many ask, the running cluster handed to whoever waits for it, and nothing left running or
 * startable once the cluster is closed.
 */
class EmbeddedClusterStartTest {
    private static EmbeddedCluster small() {
        return new EmbeddedCluster(1, 1, MemorySize.parse("16m"));
    }

    @Test
    void aBackgroundStartIsOneStartAndHandsOverTheRunningCluster() throws Exception {
        EmbeddedCluster cluster = small();
        try {
            CompletableFuture<Void> first = cluster.startAsync();
            CompletableFuture<Void> second = cluster.startAsync();
            // Waits for the start under way, never starts a second cluster.
            MiniCluster mc = cluster.miniCluster();
            assertThat(mc.isRunning()).isTrue();
            first.get(2, TimeUnit.MINUTES);
            second.get(2, TimeUnit.MINUTES);
            assertThat(cluster.miniCluster()).isSameAs(mc);
            assertThat(cluster.startAsync())
                    .as("a running cluster starts nothing")
                    .isCompleted();
            assertThat(cluster.restAddress().getHost()).isEqualTo("127.0.0.1");
        } finally {
            cluster.close();
        }
        assertThatThrownBy(cluster::miniCluster)
                .isInstanceOf(LakeJobException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> cluster.startAsync().get())
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(LakeJobException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void aClusterClosedWhileStartingIsNotLeftRunning() throws Exception {
        EmbeddedCluster cluster = small();
        CompletableFuture<Void> start = cluster.startAsync();
        cluster.close();
        // Either close came first (the start is refused) or the start did (close stopped it).
        try {
            start.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(LakeJobException.class).hasMessageContaining("closed");
        }
        assertThatThrownBy(cluster::miniCluster).hasMessageContaining("closed");
        assertThatThrownBy(() -> cluster.startAsync().get()).hasMessageContaining("closed");
    }
}
