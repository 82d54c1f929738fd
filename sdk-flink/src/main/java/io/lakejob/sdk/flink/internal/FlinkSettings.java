package io.lakejob.sdk.flink.internal;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.spi.ClientConfiguration;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.util.TimeUtils;

/**
 * The Flink transport's settings, read from the client's properties (keys in
 * {@link io.lakejob.sdk.flink.FlinkOptions}).
 *
 * @param taskManagers embedded task managers
 * @param slotsPerTaskManager embedded slots per task manager
 * @param managedMemory embedded managed memory per task manager
 * @param maxResultRows the most rows kept per job result
 * @param savepointDir where savepoints go, or {@code null} for a folder under the system temp dir
 * @param archiveMaxJobs the most finished jobs the embedded cluster keeps
 * @param archiveExpiration how long the embedded cluster keeps a finished job
 * @param killClustersOnClose whether closing the client kills the YARN applications it deployed or
 *     followed ({@code flink.close.clusters=kill}) instead of leaving them running
 * @param sharedLocalCluster whether the embedded cluster is the JVM's shared one for these settings
 *     ({@code flink.local.shared=true}) instead of the client's own
 */
public record FlinkSettings(
        int taskManagers,
        int slotsPerTaskManager,
        MemorySize managedMemory,
        int maxResultRows,
        Path savepointDir,
        int archiveMaxJobs,
        Duration archiveExpiration,
        boolean killClustersOnClose,
        boolean sharedLocalCluster) {

    /** The most finished jobs the embedded cluster keeps unless configured. */
    public static final int DEFAULT_ARCHIVE_MAX_JOBS = 100;

    /** How long the embedded cluster keeps a finished job unless configured (Flink's own default). */
    public static final Duration DEFAULT_ARCHIVE_EXPIRATION = Duration.ofHours(1);

    /**
     * Settings that keep the clusters a client deployed when it closes.
     *
     * @param taskManagers embedded task managers
     * @param slotsPerTaskManager embedded slots per task manager
     * @param managedMemory embedded managed memory per task manager
     * @param maxResultRows the most rows kept per job result
     * @param savepointDir where savepoints go
     * @param archiveMaxJobs the most finished jobs the embedded cluster keeps
     * @param archiveExpiration how long the embedded cluster keeps a finished job
     */
    public FlinkSettings(
            int taskManagers,
            int slotsPerTaskManager,
            MemorySize managedMemory,
            int maxResultRows,
            Path savepointDir,
            int archiveMaxJobs,
            Duration archiveExpiration) {
        this(
                taskManagers,
                slotsPerTaskManager,
                managedMemory,
                maxResultRows,
                savepointDir,
                archiveMaxJobs,
                archiveExpiration,
                false,
                false);
    }

    /**
     * Settings with the close policy given and an embedded cluster of the client's own.
     *
     * @param taskManagers embedded task managers
     * @param slotsPerTaskManager embedded slots per task manager
     * @param managedMemory embedded managed memory per task manager
     * @param maxResultRows the most rows kept per job result
     * @param savepointDir where savepoints go
     * @param archiveMaxJobs the most finished jobs the embedded cluster keeps
     * @param archiveExpiration how long the embedded cluster keeps a finished job
     * @param killClustersOnClose whether closing the client kills the clusters it deployed
     */
    public FlinkSettings(
            int taskManagers,
            int slotsPerTaskManager,
            MemorySize managedMemory,
            int maxResultRows,
            Path savepointDir,
            int archiveMaxJobs,
            Duration archiveExpiration,
            boolean killClustersOnClose) {
        this(
                taskManagers,
                slotsPerTaskManager,
                managedMemory,
                maxResultRows,
                savepointDir,
                archiveMaxJobs,
                archiveExpiration,
                killClustersOnClose,
                false);
    }

    static FlinkSettings from(ClientConfiguration c) {
        return new FlinkSettings(
                intProp(c, "flink.local.taskManagers", 1, 1, 16),
                intProp(c, "flink.local.slots", 4, 1, 256),
                memory(c, "flink.local.managedMemory", "128m"),
                intProp(c, "flink.results.maxRows", 10_000, 1, 10_000_000),
                c.properties().containsKey("flink.savepoint.dir")
                        ? Path.of(c.properties().get("flink.savepoint.dir"))
                        : null,
                intProp(c, "flink.local.archive.maxJobs", DEFAULT_ARCHIVE_MAX_JOBS, 1, 1_000_000),
                duration(c, "flink.local.archive.expiration", DEFAULT_ARCHIVE_EXPIRATION),
                killOnClose(c),
                shared(c));
    }

    private static boolean shared(ClientConfiguration c) {
        String v = c.properties().getOrDefault("flink.local.shared", "false").trim();
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new ConfigurationException("flink.local.shared must be true or false, was '" + v + "'");
    }

    private static boolean killOnClose(ClientConfiguration c) {
        String v = c.properties().getOrDefault("flink.close.clusters", "keep").trim();
        if (v.equalsIgnoreCase("keep")) {
            return false;
        }
        if (v.equalsIgnoreCase("kill")) {
            return true;
        }
        throw new ConfigurationException("flink.close.clusters must be keep or kill, was '" + v + "'");
    }

    private static Duration duration(ClientConfiguration c, String key, Duration dflt) {
        String v = c.properties().get(key);
        if (v == null) {
            return dflt;
        }
        Duration d;
        try {
            d = TimeUtils.parseDuration(v);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(key + " must be a duration such as 30 min or 1 h, was '" + v + "'");
        }
        if (d.toMillis() < 1) {
            throw new ConfigurationException(key + " must be at least 1 ms, was '" + v + "'");
        }
        return d;
    }

    private static int intProp(ClientConfiguration c, String key, int dflt, int min, int max) {
        String v = c.properties().get(key);
        if (v == null) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min || i > max) {
                throw new ConfigurationException(key + " must be between " + min + " and " + max + ", was " + v);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new ConfigurationException(key + " must be a number, was '" + v + "'");
        }
    }

    private static MemorySize memory(ClientConfiguration c, String key, String dflt) {
        String v = c.properties().getOrDefault(key, dflt);
        try {
            return MemorySize.parse(v);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(key + " must be a memory size such as 128m, was '" + v + "'");
        }
    }
}
