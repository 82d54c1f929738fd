package io.lakejob.sdk.model.job;

import java.time.Instant;

/**
 * The execution plan summary of a running Flink job ({@code execute_graph} of the 9.9 answer,
 * table 9-46). Wire names: {@code jid}, {@code name}, {@code isStoppable}, {@code state},
 * {@code start-time}, {@code end-time}, {@code duration}.
 *
 * @param jid the Flink job id (hex), or {@code null}
 * @param name the Flink job name, or {@code null}
 * @param isStoppable whether the job can be stopped, or {@code null}
 * @param state the Flink run state, for example {@code RUNNING}, or {@code null}
 * @param startTime when the job started, or {@code null}
 * @param endTime when the job stopped, or {@code null} (the service sends {@code -1} while it runs)
 * @param duration how long the job has run, in milliseconds, or {@code null}
 */
public record FlinkExecuteGraph(
        String jid,
        String name,
        Boolean isStoppable,
        String state,
        Instant startTime,
        Instant endTime,
        Long duration) {}
