package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * flink-yarn and Hadoop are optional: in a JVM whose class path is this one's without them (and
 * without Hadoop's shaded third-party jars), a {@code flink:local} job runs, and a YARN request fails
 * before any I/O with a {@code ConfigurationException} naming the artifacts to add.
 */
class YarnModulesAbsentTest {
    private static final Pattern YARN_JARS = Pattern.compile("(flink-yarn-.*|hadoop-.*|log4j-over-slf4j-.*)\\.jar");

    @Test
    void localJobsRunWithoutYarnOnTheClassPathAndAYarnTargetNamesWhatToAdd() throws Exception {
        List<String> cp = new ArrayList<>();
        int removed = 0;
        for (String e : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
            if (YARN_JARS.matcher(Path.of(e).getFileName().toString()).matches()) {
                removed++;
            } else {
                cp.add(e);
            }
        }
        assertThat(removed)
                .as("flink-yarn and Hadoop jars on the test class path")
                .isGreaterThan(5);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(FlinkProcessCluster.JAVA17_FLAGS);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, cp));
        command.add(NoYarnMain.class.getName());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try {
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(out)
                .as(out)
                .contains("yarn-present false")
                .contains("local true 42")
                .contains("yarn io.lakejob.sdk.exception.ConfigurationException: The yarn-session target needs"
                        + " flink-yarn and the Hadoop YARN client")
                .contains("org.apache.flink:flink-yarn:"
                        + io.lakejob.sdk.flink.internal.FlinkClassPath.runningFlinkVersion())
                .contains("org.apache.hadoop:hadoop-yarn-client")
                .contains("org.apache.hadoop:hadoop-common")
                .doesNotContain("yarn accepted");
        assertThat(p.exitValue()).isZero();
    }
}
