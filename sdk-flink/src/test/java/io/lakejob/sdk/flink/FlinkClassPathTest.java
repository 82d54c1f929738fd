package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.flink.testcompat.TestCompat;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Flink is {@code provided}: a client built without it, or with the other Flink major line, is
 * refused at {@code build()} with a {@code ConfigurationException} naming what to add or which SDK
 * artifact to use, never a {@code NoClassDefFoundError} or {@code NoSuchMethodError} later. Each case
 * runs in a JVM whose class path is the SDK's classes plus what the case puts there.
 */
class FlinkClassPathTest {
    /** The SDK's own entries of this JVM's class path (classes directories, lakejob jars) and slf4j-api; no Flink. */
    private static List<String> sdkOnly() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> new File(e).isDirectory()
                        || new File(e).getName().startsWith("lakejob-")
                        || new File(e).getName().startsWith("slf4j-api"))
                .collect(Collectors.toList());
    }

    private static String probe(List<String> classPath) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                String.join(File.pathSeparator, classPath),
                ClassPathProbeMain.class.getName()));
        // The probe's answer is its standard output; standard error (slf4j's notice when no binding is
        // on the class path, say) only explains a failure.
        Path err = Files.createTempFile("lakejob-probe-", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).as(out).isTrue();
            String why = out + Files.readString(err);
            assertThat(p.exitValue()).as(why).isZero();
            return out.strip();
        } finally {
            Files.deleteIfExists(err);
        }
    }

    @Test
    void withoutFlinkTheClientNamesTheArtifactsToAdd() throws Exception {
        String out = probe(sdkOnly());
        assertThat(out)
                .startsWith("refused: The Flink transport needs Flink on the class path")
                .contains("org.apache.flink:flink-clients", "org.apache.flink:flink-table-planner-loader")
                .contains("org.apache.flink:flink-csv", "org.apache.flink:flink-json");
    }

    @Test
    void withTheOtherFlinkLineTheClientNamesTheArtifactToUse() throws Exception {
        // The other line's flink-runtime, which the build copies next to the test classes.
        Path dir = Path.of(System.getProperty("lakejob.otherFlinkRuntime", "target/other-flink"));
        List<Path> jars;
        try (Stream<Path> s = Files.list(dir)) {
            jars = s.filter(f -> f.getFileName().toString().startsWith("flink-runtime-"))
                    .toList();
        }
        assertThat(jars)
                .as("the other line's flink-runtime in " + dir.toAbsolutePath())
                .hasSize(1);
        List<String> cp = new ArrayList<>(sdkOnly());
        cp.add(jars.get(0).toString());
        String out = probe(cp);
        if (TestCompat.FLINK_MAJOR == 1) {
            assertThat(out)
                    .startsWith("refused: io.lakejob:lakejob-sdk-flink is built for Flink 1.x, but Flink 2.")
                    .endsWith("use io.lakejob:lakejob-sdk-flink2 (same version as the other LakeJob modules) for"
                            + " Flink 2.x");
        } else {
            assertThat(out)
                    .startsWith("refused: io.lakejob:lakejob-sdk-flink2 is built for Flink 2.x, but Flink 1.")
                    .endsWith("use io.lakejob:lakejob-sdk-flink (same version as the other LakeJob modules) for"
                            + " Flink 1.x");
        }
    }
}
