package io.lakejob.sdk.flink.internal.running;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.core.fs.CloseableRegistry;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.apache.flink.runtime.checkpoint.Checkpoints;
import org.apache.flink.runtime.checkpoint.OperatorState;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.checkpoint.metadata.CheckpointMetadata;
import org.apache.flink.runtime.state.DefaultOperatorStateBackend;
import org.apache.flink.runtime.state.DefaultOperatorStateBackendBuilder;
import org.apache.flink.runtime.state.OperatorStateHandle;

/**
 * Resumes a Flink SQL job whose script ends in a query from a savepoint.
 *
 * <p><b>Why a plain restore fails.</b> A query's rows come back through Flink's collect sink
 * ({@code CollectSinkOperatorFactory} / {@code CollectSinkFunction}, added by the planner for
 * {@code TableResult.collect()}). The planner gives that sink no uid, so its operator id is a hash
 * of the topology and is the same in every run of the same SQL: a savepoint restores the sink's
 * operator state ({@code bufferState}: rows not yet acknowledged; {@code offsetState}: how many
 * rows the previous run's client had acknowledged) and its coordinator state (the previous run's
 * socket address) into the new job. The new job's result fetcher ({@code CollectResultFetcher},
 * {@code CheckpointedCollectResultBuffer}) starts at offset 0; the restored sink answers with its
 * restored last checkpointed offset {@code k > 0}, the fetcher makes {@code k} rows visible that it
 * never received, and its sanity check fails with "userVisibleTail should not be larger than
 * offset. This is a bug." (for {@code k = 0} the restored buffer would instead hand the previous
 * run's rows out a second time). {@code execution.savepoint.ignore-unclaimed-state} does not help
 * (the state is claimed: the operator id matches), and the sink's uid cannot be changed from SQL.
 *
 * <p><b>What this class does.</b> It writes a second metadata file into the savepoint's directory
 * ({@value #METADATA}; the original {@code _metadata} is left as it is) that holds every operator's
 * state except the collect sink's. Restoring from that file restores every other operator strictly
 * (Flink still refuses state it cannot map), and the new run's collect sink starts empty, like its
 * fetcher. The state files are shared, not copied: the new file refers to them relative to the
 * same directory.
 *
 * <p><b>When the rows the client holds match the savepoint.</b> The collect sink's state says how
 * many rows it had produced up to the savepoint: {@code offsetState + size(bufferState)}. A resume
 * is only allowed when that equals the number of rows the job's latest run delivered to this
 * client, so the rows kept in the job record are exactly the rows the restored state has already
 * produced: the resumed run's rows continue them, none missing and none twice. A stop with
 * savepoint always satisfies this (Flink emits nothing after a stop's savepoint, and the collect
 * sink hands every remaining row to the client when the job ends); a savepoint triggered while the
 * job kept producing rows does not.
 *
 * <p>Thread-safe: stateless.
 */
public final class QueryResume {
    /** The name of the metadata file written next to the savepoint's {@code _metadata}. */
    static final String METADATA = "_metadata-lakejob-query-resume";

    /** The collect sink's operator state of buffered, unacknowledged rows (Flink 1.20). */
    static final String BUFFER_STATE = "bufferState";

    /** The collect sink's operator state of the acknowledged row count (Flink 1.20). */
    static final String OFFSET_STATE = "offsetState";

    private QueryResume() {}

    /** Why a query job cannot resume; the message is shown to the caller. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }

        Refused(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    /**
     * A savepoint prepared for a query job's resume.
     *
     * @param restorePath the path to restore from: the metadata file without the collect sink's state
     * @param results how many result rows the savepoint stands for (the rows the job record keeps
     *     from the run that took it)
     */
    public record Prepared(String restorePath, long results) {}

    /**
     * Checks that a query job can resume from its savepoint and prepares the savepoint for it.
     *
     * @param record the job record, not running: its latest run took the savepoint, or resumed from
     *     it and delivered no row
     * @param savepoint the savepoint path
     * @param sql the SQL the resumed run executes (global variables applied)
     * @return the prepared savepoint
     * @throws Refused when the job cannot resume, with the reason
     */
    public static Prepared prepare(FlinkJobRecord record, String savepoint, String sql) throws Refused {
        if (!record.resultsHere()) {
            throw new Refused("the job's result rows so far were collected by another client (results are kept"
                    + " in the memory of the client that ran the job), so they cannot be continued here");
        }
        long delivered;
        if (record.savepointRun() != 0 && record.savepointRun() == record.attempt()) {
            // Taken during the latest run: its sink counted exactly that run's rows.
            delivered = record.runResults();
        } else if (savepoint.equals(record.resumedFrom()) && record.runResults() == 0) {
            // The latest run resumed from it and delivered nothing (failed to submit, stopped at once).
            delivered = record.resumedResults();
        } else {
            throw new Refused("savepoint " + savepoint + " was not taken by the job's latest run, so it does not"
                    + " match the result rows that run left");
        }
        if (!sql.equals(record.runSql())) {
            throw new Refused("the job's SQL changed since the run that took savepoint " + savepoint
                    + "; its rows belong to the earlier query");
        }
        Path dir = new Path(savepoint);
        CheckpointMetadata metadata;
        try {
            metadata = load(dir, savepoint);
        } catch (IOException | RuntimeException e) {
            throw new Refused("cannot read savepoint " + savepoint + ": " + SqlJobRunner.rootMessage(e), e);
        }
        List<OperatorState> collect = new ArrayList<>();
        List<OperatorState> keep = new ArrayList<>();
        for (OperatorState s : metadata.getOperatorStates()) {
            (isCollectSink(s) ? collect : keep).add(s);
        }
        if (collect.size() != 1) {
            throw new Refused("savepoint " + savepoint + " holds " + collect.size()
                    + " states of Flink's collect sink, not one; it is not a savepoint of this query");
        }
        long produced;
        try {
            produced = produced(collect.get(0));
        } catch (Exception e) {
            throw new Refused(
                    "cannot read the query's result position in savepoint " + savepoint + ": "
                            + SqlJobRunner.rootMessage(e),
                    e);
        }
        if (produced != delivered) {
            throw new Refused("savepoint " + savepoint + " was taken after the query's row " + produced
                    + ", but its run delivered " + delivered + " rows (a savepoint taken while the job kept"
                    + " running, not by a stop with savepoint), so resuming would lose or repeat rows");
        }
        try {
            String path = write(
                    dir,
                    new CheckpointMetadata(
                            metadata.getCheckpointId(),
                            keep,
                            metadata.getMasterStates(),
                            metadata.getCheckpointProperties()));
            return new Prepared(path, produced);
        } catch (IOException | RuntimeException e) {
            throw new Refused(
                    "cannot write " + METADATA + " into savepoint " + savepoint + ": " + SqlJobRunner.rootMessage(e),
                    e);
        }
    }

    private static CheckpointMetadata load(Path dir, String pointer) throws IOException {
        FileSystem fs = dir.getFileSystem();
        try (FSDataInputStream in = fs.open(new Path(dir, "_metadata"));
                DataInputStream data = new DataInputStream(in)) {
            return Checkpoints.loadCheckpointMetadata(data, QueryResume.class.getClassLoader(), pointer);
        }
    }

    private static String write(Path dir, CheckpointMetadata metadata) throws IOException {
        FileSystem fs = dir.getFileSystem();
        Path target = new Path(dir, METADATA);
        Path temp = new Path(dir, METADATA + "." + UUID.randomUUID() + ".tmp");
        try (FSDataOutputStream out = fs.create(temp, FileSystem.WriteMode.NO_OVERWRITE);
                DataOutputStream data = new DataOutputStream(out)) {
            Checkpoints.storeCheckpointMetadata(metadata, data);
            data.flush();
            out.sync();
        }
        if (!fs.rename(temp, target)) {
            fs.delete(temp, false);
            throw new IOException("cannot rename " + temp + " to " + target);
        }
        return target.toString();
    }

    /** The collect sink: one subtask whose managed operator state is exactly its two list states. */
    static boolean isCollectSink(OperatorState s) {
        Set<String> names = new HashSet<>();
        for (OperatorSubtaskState subtask : s.getStates()) {
            for (OperatorStateHandle h : subtask.getManagedOperatorState()) {
                names.addAll(h.getStateNameToPartitionOffsets().keySet());
            }
        }
        return s.getParallelism() == 1 && names.equals(Set.of(BUFFER_STATE, OFFSET_STATE));
    }

    /**
     * How many rows the collect sink had produced when the savepoint was taken: the rows its client
     * had acknowledged ({@code offsetState}) plus the rows still buffered ({@code bufferState}).
     * The offset is read by Flink's own operator state restore (compressed or not).
     */
    static long produced(OperatorState s) throws Exception {
        OperatorSubtaskState subtask = s.getState(0);
        if (subtask == null) {
            throw new IOException("the collect sink's state has no subtask 0");
        }
        List<OperatorStateHandle> handles = new ArrayList<>(subtask.getManagedOperatorState());
        long buffered = 0;
        for (OperatorStateHandle h : handles) {
            Map<String, OperatorStateHandle.StateMetaInfo> infos = h.getStateNameToPartitionOffsets();
            OperatorStateHandle.StateMetaInfo buffer = infos.get(BUFFER_STATE);
            if (buffer != null && buffer.getOffsets() != null) {
                buffered += buffer.getOffsets().length;
            }
        }
        try (CloseableRegistry registry = new CloseableRegistry()) {
            DefaultOperatorStateBackend backend = new DefaultOperatorStateBackendBuilder(
                            QueryResume.class.getClassLoader(), new ExecutionConfig(), false, handles, registry)
                    .build();
            try {
                List<Long> offsets = new ArrayList<>();
                for (Long v : backend.getListState(new ListStateDescriptor<>(OFFSET_STATE, Long.class))
                        .get()) {
                    offsets.add(v);
                }
                if (offsets.size() != 1 || offsets.get(0) < 0) {
                    throw new IOException("the collect sink's offset state is " + offsets + ", not one offset");
                }
                return offsets.get(0) + buffered;
            } finally {
                backend.dispose();
            }
        }
    }
}
