package io.lakejob.sdk.flink.userjob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * A test sink that appends each value as one line to {@code <dir>/part-0}, visible at once: a map
 * that writes (uid {@code lines}), then Flink's discarding sink. Built from APIs both Flink 1.20 and
 * 2.x have (the legacy {@code SinkFunction} is gone in 2.x).
 */
public final class LineFileSink<T> implements MapFunction<T, T> {
    private static final long serialVersionUID = 1L;

    private final String dir;

    /** @param dir the output folder */
    public LineFileSink(String dir) {
        this.dir = dir;
    }

    /**
     * Writes every value of a stream as a line to {@code <dir>/part-0}.
     *
     * @param stream the stream
     * @param dir the output folder
     * @param <T> the value type
     * @return the sink
     */
    public static <T> DataStreamSink<T> writeTo(DataStream<T> stream, String dir) {
        return stream.map(new LineFileSink<T>(dir))
                .uid("lines")
                .name("lines")
                .returns(stream.getType())
                .sinkTo(new DiscardingSink<>())
                .uid("discard");
    }

    @Override
    public T map(T value) {
        try {
            Path d = Path.of(dir);
            Files.createDirectories(d);
            Files.writeString(
                    d.resolve("part-0"),
                    value + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return value;
    }
}
