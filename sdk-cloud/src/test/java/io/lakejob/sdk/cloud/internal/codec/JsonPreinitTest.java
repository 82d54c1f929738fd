package io.lakejob.sdk.cloud.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.LakeJobClientBuilder;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.cloud.CloudOptions;
import io.lakejob.sdk.cloud.WireSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JSON mapper's background warm-up ({@link CloudOptions#PREINITIALIZE}): on by default with two
 * or more processors, once per JVM however many clients are built; off when switched off or on one
 * processor. Each case runs in a fresh child JVM, since the warm-up is once per JVM.
 */
class JsonPreinitTest {
    /** Child JVM: builds clients as told, waits for the warm-up to settle, prints its state. */
    public static final class Child {
        private Child() {}

        /**
         * Entry point.
         *
         * @param args the value of {@code cloud.preinitialize} ("default" leaves it unset), then
         *     the number of clients to build
         * @throws InterruptedException when interrupted
         */
        public static void main(String[] args) throws InterruptedException {
            int started = 0;
            for (int i = 0; i < Integer.parseInt(args[1]); i++) {
                LakeJobClientBuilder b = LakeJobClient.builder()
                        .endpoint("http://127.0.0.1:9")
                        .projectId(WireSupport.PROJECT)
                        .credentials(Credentials.akSk(WireSupport.AK, WireSupport.SK));
                if (!args[0].equals("default")) {
                    b.property(CloudOptions.PREINITIALIZE, args[0]);
                }
                try (LakeJobClient c = b.build()) {
                    started += Thread.getAllStackTraces().keySet().stream()
                                    .anyMatch(t -> t.getName().equals("lakejob-cloud-preinit"))
                            ? 1
                            : 0;
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (JsonPreinit.state() == JsonPreinit.RUNNING && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            System.out.println("STATE " + JsonPreinit.state() + " THREAD-SEEN " + (started > 0));
        }
    }

    @Test
    void runsOnceByDefaultWithTwoProcessors() throws Exception {
        assertThat(run(2, "default", 3)).startsWith("STATE " + JsonPreinit.DONE);
    }

    @Test
    void doesNotRunWhenSwitchedOff() throws Exception {
        assertThat(run(2, "false", 2)).isEqualTo("STATE " + JsonPreinit.NOT_STARTED + " THREAD-SEEN false");
    }

    @Test
    void doesNotRunOnOneProcessor() throws Exception {
        assertThat(run(1, "default", 1)).isEqualTo("STATE " + JsonPreinit.NOT_STARTED + " THREAD-SEEN false");
    }

    private static String run(int processors, String value, int clients) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=" + processors,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.io.lakejob=warn",
                "-cp",
                System.getProperty("java.class.path"),
                Child.class.getName(),
                value,
                Integer.toString(clients)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().filter(l -> l.startsWith("STATE ")).findFirst().orElse(out);
    }
}
