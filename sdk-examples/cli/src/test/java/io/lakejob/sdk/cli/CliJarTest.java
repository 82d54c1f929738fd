package io.lakejob.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a user runs it: {@code java -jar target/lakejob.jar} with the README's
 * arguments and no JVM flags (Flink's Java 17 flags are in the manifest), Flink's services found
 * through the merged {@code META-INF/services}. It runs in the package phase, after the shade
 * plugin made the jar (the build passes its path as {@code lakejob.jar}).
 */
class CliJarTest {
    @TempDir
    Path tmp;

    @Test
    void theReadmeCommandRunsFromTheJar() throws Exception {
        String path = System.getProperty("lakejob.jar");
        assumeTrue(path != null, "runs in the package phase, once target/lakejob.jar is built");
        Path jar = Path.of(path);
        assertThat(jar).isRegularFile();
        try (JarFile j = new JarFile(jar.toFile())) {
            assertThat(j.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(Lakejob.class.getName());
            assertThat(j.getManifest().getMainAttributes().getValue("Add-Opens"))
                    .contains("java.base/java.util");
            assertThat(j.getEntry("picocli/CommandLine.class")).isNotNull();
            String factories = new String(
                    j.getInputStream(j.getEntry("META-INF/services/org.apache.flink.table.factories.Factory"))
                            .readAllBytes());
            assertThat(factories).contains("DataGenTableSourceFactory").contains("BlackHoleTableSinkFactory");
        }

        ReadmeCommand block = ReadmeCommand.read();
        ReadmeCommand.Ran ran =
                block.runIn(tmp, List.of(ReadmeCommand.java(), "-Duser.home=" + tmp, "-jar", jar.toString()));
        assertThat(ran.exit()).as(ran.err()).isZero();
        assertThat(ran.out()).isEqualTo("ordertotal | numtotal\n1 | 1001000\n");
        assertThat(Files.exists(tmp.resolve(".lakejob"))).isFalse();

        ReadmeCommand.Ran version =
                block.runIn(tmp, List.of(ReadmeCommand.java(), "-jar", jar.toString()), List.of("--version"));
        assertThat(version.out()).startsWith("lakejob 0.1.0-SNAPSHOT");
    }
}
