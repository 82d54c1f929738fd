package io.lakejob.sdk.flink.userjob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.flink.streaming.api.functions.sink.SinkFunction;

/** A test sink that appends each value as one line to {@code <dir>/part-0}, visible at once. */
@SuppressWarnings("deprecation")
public final class LineFileSink<T> implements SinkFunction<T> {
    private static final long serialVersionUID = 1L;

    private final String dir;

    /** @param dir the output folder */
    public LineFileSink(String dir) {
        this.dir = dir;
    }

    @Override
    public void invoke(T value, Context context) {
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
    }
}
