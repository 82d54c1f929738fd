package io.lakejob.sdk.flink.internal.running;

import java.util.List;
import java.util.Map;

/**
 * Everything needed to run one SQL script as a Flink job.
 *
 * @param name the Flink job name
 * @param sql the script
 * @param parallelism the default parallelism, or {@code null}
 * @param checkpointIntervalMillis the checkpoint interval, or {@code null} for no checkpoints
 * @param exactlyOnce the checkpointing mode
 * @param restartOnFailure whether a failed job restarts
 * @param idleStateRetentionSeconds the state TTL, or {@code null}
 * @param batchMode whether to run in batch mode
 * @param restorePath the savepoint to restore from, or {@code null}
 * @param configuration extra Flink configuration
 * @param maxRows the most result rows kept
 * @param changelog whether results keep every change with an {@code op} column
 * @param statements the prepared statements (fragments and variables applied, original lines kept),
 *     or {@code null} to split {@code sql}
 */
public record JobSpec(
        String name,
        String sql,
        Integer parallelism,
        Long checkpointIntervalMillis,
        boolean exactlyOnce,
        boolean restartOnFailure,
        Integer idleStateRetentionSeconds,
        boolean batchMode,
        String restorePath,
        Map<String, String> configuration,
        int maxRows,
        boolean changelog,
        List<SqlScript.Statement> statements) {

    /**
     * A spec whose statements are split from {@code sql}.
     *
     * @param name the Flink job name
     * @param sql the script
     * @param parallelism the default parallelism, or {@code null}
     * @param checkpointIntervalMillis the checkpoint interval, or {@code null} for no checkpoints
     * @param exactlyOnce the checkpointing mode
     * @param restartOnFailure whether a failed job restarts
     * @param idleStateRetentionSeconds the state TTL, or {@code null}
     * @param batchMode whether to run in batch mode
     * @param restorePath the savepoint to restore from, or {@code null}
     * @param configuration extra Flink configuration
     * @param maxRows the most result rows kept
     * @param changelog whether results keep every change with an {@code op} column
     */
    public JobSpec(
            String name,
            String sql,
            Integer parallelism,
            Long checkpointIntervalMillis,
            boolean exactlyOnce,
            boolean restartOnFailure,
            Integer idleStateRetentionSeconds,
            boolean batchMode,
            String restorePath,
            Map<String, String> configuration,
            int maxRows,
            boolean changelog) {
        this(
                name,
                sql,
                parallelism,
                checkpointIntervalMillis,
                exactlyOnce,
                restartOnFailure,
                idleStateRetentionSeconds,
                batchMode,
                restorePath,
                configuration,
                maxRows,
                changelog,
                null);
    }
}
