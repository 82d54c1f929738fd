package io.lakejob.sdk.cli;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/** A Flink program for the jar job test: a bounded sequence, its even numbers discarded. */
public final class CountJob {
    private CountJob() {}

    /**
     * Runs the program.
     *
     * @param args unused
     * @throws Exception when the job fails
     */
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 1000).filter(n -> n % 2 == 0).sinkTo(new DiscardingSink<>());
        env.execute("count_jar");
    }
}
