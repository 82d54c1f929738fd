package io.lakejob.sdk.flink.userjob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.functions.ReduceFunction;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A user program for jar job tests: counts 1..N by {@code n % 3} in batch mode and writes
 * {@code <prefix>key=count} lines to {@code <outDir>/part-0}. Arguments: {@code <outDir> <N> [file]},
 * where the optional {@code file} is a dependency file read in the task as the class path resource
 * {@code userData/<file>} and used as the prefix.
 */
public final class CountJob {
    private CountJob() {}

    /**
     * Builds and runs the job.
     *
     * @param args {@code <outDir> <N> [dependencyFileName]}
     * @throws Exception when the job fails
     */
    public static void main(String[] args) throws Exception {
        String out = args[0];
        long n = Long.parseLong(args[1]);
        String prefixFile = args.length > 2 ? args[2] : null;
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        LineFileSink.writeTo(
                env.fromSequence(1, n)
                        .map(new KeyOne())
                        .keyBy(t -> t.f0)
                        .reduce(new Sum())
                        .map(new Format(prefixFile)),
                out);
        env.execute("count-job");
    }

    static final class KeyOne implements MapFunction<Long, Tuple2<Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<Long, Long> map(Long v) {
            return Tuple2.of(v % 3, 1L);
        }
    }

    static final class Sum implements ReduceFunction<Tuple2<Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<Long, Long> reduce(Tuple2<Long, Long> a, Tuple2<Long, Long> b) {
            return Tuple2.of(a.f0, a.f1 + b.f1);
        }
    }

    static final class Format implements MapFunction<Tuple2<Long, Long>, String> {
        private static final long serialVersionUID = 1L;
        private final String prefixFile;

        Format(String prefixFile) {
            this.prefixFile = prefixFile;
        }

        @Override
        public String map(Tuple2<Long, Long> t) {
            return prefix() + t.f0 + "=" + t.f1;
        }

        private String prefix() {
            if (prefixFile == null) {
                return "";
            }
            // The reference's way to read a dependency file (9.4 dependency_files).
            URL url = Format.class.getClassLoader().getResource("userData/" + prefixFile);
            if (url == null) {
                throw new IllegalStateException("userData/" + prefixFile + " is not on the class path");
            }
            try (InputStream in = url.openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
