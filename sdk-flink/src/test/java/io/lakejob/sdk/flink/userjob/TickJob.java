package io.lakejob.sdk.flink.userjob;

import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.source.SourceFunction;

/**
 * An endless user program for savepoint tests: emits 1, 2, 3, ... every 20 ms, keeping the counter
 * in operator state, and appends each number to {@code <outDir>/part-0}. Restored from a savepoint
 * it continues after the last number it emitted. Argument: {@code <outDir>}.
 */
public final class TickJob {
    private TickJob() {}

    /**
     * Builds and runs the job.
     *
     * @param args {@code <outDir>}
     * @throws Exception when the job fails
     */
    @SuppressWarnings("deprecation")
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.addSource(new Ticks())
                .uid("ticks")
                .returns(Types.LONG)
                .addSink(new LineFileSink<>(args[0]))
                .uid("lines");
        env.execute("tick-job");
    }

    @SuppressWarnings("deprecation")
    static final class Ticks implements SourceFunction<Long>, CheckpointedFunction {
        private static final long serialVersionUID = 1L;
        private volatile boolean running = true;
        private long next = 1;
        private transient ListState<Long> state;

        @Override
        public void run(SourceContext<Long> ctx) throws Exception {
            while (running) {
                synchronized (ctx.getCheckpointLock()) {
                    ctx.collect(next++);
                }
                Thread.sleep(20);
            }
        }

        @Override
        public void cancel() {
            running = false;
        }

        @Override
        public void snapshotState(FunctionSnapshotContext context) throws Exception {
            state.update(java.util.List.of(next));
        }

        @Override
        public void initializeState(FunctionInitializationContext context) throws Exception {
            state = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("next", Types.LONG));
            for (Long v : state.get()) {
                next = v;
            }
        }
    }
}
