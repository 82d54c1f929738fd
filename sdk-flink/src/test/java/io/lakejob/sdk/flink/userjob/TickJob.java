package io.lakejob.sdk.flink.userjob;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * An endless user program for savepoint tests: emits 1, 2, 3, ... at 50 a second from Flink's data
 * generator source (whose position is in its checkpointed state), and appends each number to {@code
 * <outDir>/part-0}. Restored from a savepoint it continues after the last number it emitted.
 * Argument: {@code <outDir>}.
 */
public final class TickJob {
    private TickJob() {}

    /**
     * Builds and runs the job.
     *
     * @param args {@code <outDir>}
     * @throws Exception when the job fails
     */
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataGeneratorSource<Long> ticks =
                new DataGeneratorSource<>(i -> i + 1, Long.MAX_VALUE, RateLimiterStrategy.perSecond(50), Types.LONG);
        LineFileSink.writeTo(
                env.fromSource(ticks, WatermarkStrategy.noWatermarks(), "ticks").uid("ticks"), args[0]);
        env.execute("tick-job");
    }
}
