package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A closed client leaves no thread it started behind: its job threads, its embedded cluster, the
 * metadata directory's writers and the JDK HTTP client of Flink's REST API and of downloads (which
 * has no {@code close()} before Java 21) all end. The client lives in a JVM of its own
 * ({@link ClientThreadsMain}), so that no other client of the test run shares its HTTP client.
 */
class ClientThreadsTest {
    @Test
    void aClosedClientLeavesNoThreadItStartedBehind(@TempDir Path tmp) throws Exception {
        Path errors = tmp.resolve("child.err");
        Process child = ChildJvm.start(ClientThreadsMain.class, "768m", errors, tmp.toString());
        String out;
        try {
            child.getOutputStream().close();
            out = CompletableFuture.supplyAsync(() -> {
                        try {
                            return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            return e.toString();
                        }
                    })
                    .get(3, TimeUnit.MINUTES);
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).as(() -> out + readQuietly(errors)).isZero();
        assertThat(out.lines().filter(l -> l.startsWith("LEFT:")))
                .as(() -> out + readQuietly(errors))
                .containsExactly("LEFT: ");
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
