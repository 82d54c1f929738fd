package io.lakejob.sdk.flink.internal.targets.local;

import io.lakejob.sdk.flink.internal.FlinkSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.configuration.MemorySize;

/**
 * The JVM's shared embedded clusters ({@code flink.local.shared=true}), one per set of cluster
 * settings, reference-counted: a cluster is created for the first client that asks and closed when
 * the last one releases it. Clients that do not ask keep a cluster of their own.
 */
final class SharedClusters {
    /** What makes two clients' embedded clusters the same. */
    record Key(
            int taskManagers,
            int slotsPerTaskManager,
            MemorySize managedMemory,
            int archiveMaxJobs,
            Duration archiveExpiration) {
        static Key of(FlinkSettings s) {
            return new Key(
                    s.taskManagers(),
                    s.slotsPerTaskManager(),
                    s.managedMemory(),
                    s.archiveMaxJobs(),
                    s.archiveExpiration());
        }
    }

    private static final class Entry {
        final EmbeddedCluster cluster;
        int references;

        Entry(EmbeddedCluster cluster) {
            this.cluster = cluster;
        }
    }

    private static final Map<Key, Entry> CLUSTERS = new HashMap<>();

    private SharedClusters() {}

    /**
     * One client's hold on a shared cluster.
     *
     * @param key the cluster's settings
     * @param cluster the cluster
     */
    record Lease(Key key, EmbeddedCluster cluster) {
        /** Lets go; the last lease closes the cluster. */
        void release() {
            EmbeddedCluster toClose = null;
            synchronized (CLUSTERS) {
                Entry e = CLUSTERS.get(key);
                if (e != null && e.cluster == cluster && --e.references == 0) {
                    CLUSTERS.remove(key);
                    toClose = e.cluster;
                }
            }
            if (toClose != null) {
                toClose.close();
            }
        }
    }

    /**
     * Takes a hold on the shared cluster of these settings, describing it (nothing starts) when
     * there is none.
     *
     * @param s the client's settings
     * @return the lease, to be released exactly once
     */
    static Lease acquire(FlinkSettings s) {
        Key key = Key.of(s);
        synchronized (CLUSTERS) {
            Entry e = CLUSTERS.computeIfAbsent(
                    key,
                    k -> new Entry(new EmbeddedCluster(
                            k.taskManagers(),
                            k.slotsPerTaskManager(),
                            k.managedMemory(),
                            k.archiveMaxJobs(),
                            k.archiveExpiration())));
            e.references++;
            return new Lease(key, e.cluster);
        }
    }

    /**
     * How many leases are held on shared clusters, all settings together (tests).
     *
     * @return the number of leases
     */
    static int holders() {
        synchronized (CLUSTERS) {
            return CLUSTERS.values().stream().mapToInt(e -> e.references).sum();
        }
    }
}
