package io.lakejob.sdk.flink.internal.targets.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * flink-kubernetes is optional: a client JVM without it on its class path is refused a Kubernetes
 * target with a {@code ConfigurationException} naming the Maven artifact to add (both kinds, before
 * anything runs), and still runs jobs on its embedded cluster.
 */
class KubernetesModuleMissingTest {
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void withoutFlinkKubernetesAKubernetesTargetNamesTheArtifactAndLocalJobsStillRun() throws Exception {
        List<String> kept = new ArrayList<>();
        int removed = 0;
        for (String entry : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
            if (new File(entry).getName().startsWith("flink-kubernetes")) {
                removed++;
            } else {
                kept.add(entry);
            }
        }
        assertThat(removed).as("flink-kubernetes on the test class path").isEqualTo(1);
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + "/bin/java");
        command.add("-Xmx1g");
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-"))
                .toList());
        command.add("-cp");
        command.add(String.join(File.pathSeparator, kept));
        command.add(NoKubernetesMain.class.getName());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        for (String kind : List.of("kubernetes-session", "kubernetes-application")) {
            assertThat(out.lines().filter(l -> l.startsWith("REFUSED " + kind + " ")))
                    .as(out)
                    .singleElement()
                    .satisfies(l -> assertThat(l)
                            .contains("io.lakejob.sdk.exception.ConfigurationException")
                            .contains("org.apache.flink:flink-kubernetes:"
                                    + io.lakejob.sdk.flink.internal.FlinkClassPath.runningFlinkVersion()));
        }
        assertThat(out.lines()).as(out).contains("LOCAL job_finish");
    }
}
