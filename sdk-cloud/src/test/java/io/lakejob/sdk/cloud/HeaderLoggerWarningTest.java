package io.lakejob.sdk.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.auth.Credentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * HttpClient's header logger prints {@code Authorization} in clear text at DEBUG, and its wire
 * logger every byte (tokens, bodies): a client built while either is enabled warns once per JVM for
 * each (not once per client), pointing to the SDK's redacted {@link CloudOptions#WIRE_LOGGER}, and
 * not at all while they are off. Runs in child JVMs, because slf4j-simple fixes a logger's level when the logger is first
 * created, and this JVM's HttpClient loggers already exist.
 */
class HeaderLoggerWarningTest {
    private static final String WARNING = "org.apache.hc.client5.http.headers is enabled at DEBUG";
    private static final String WIRE_WARNING = "org.apache.hc.client5.http.wire is enabled at DEBUG";

    /** Child JVM: builds three clients (no request is sent), then exits. */
    public static final class ThreeClients {
        private ThreeClients() {}

        /**
         * Entry point.
         *
         * @param args unused
         */
        public static void main(String[] args) {
            for (int i = 0; i < 3; i++) {
                try (LakeJobClient client = LakeJobClient.builder()
                        .endpoint("http://127.0.0.1:9")
                        .projectId(WireSupport.PROJECT)
                        .credentials(Credentials.akSk(WireSupport.AK, WireSupport.SK))
                        .build()) {
                    System.out.println("built " + client.transportName());
                }
            }
        }
    }

    @Test
    void warnsOncePerJvmWhenTheHeaderLoggerIsAtDebug() throws Exception {
        String err = run("debug", "info");
        assertThat(count(err, WARNING)).as(err).isEqualTo(1);
        assertThat(err).doesNotContain(WIRE_WARNING).contains(CloudOptions.WIRE_LOGGER);
        assertThat(err).doesNotContain(WireSupport.SK);
    }

    @Test
    void warnsOncePerJvmWhenTheWireLoggerIsAtDebugAndPointsToTheRedactedOne() throws Exception {
        String err = run("info", "debug");
        assertThat(count(err, WIRE_WARNING)).as(err).isEqualTo(1);
        assertThat(err).doesNotContain(WARNING).contains("X-Auth-Token", CloudOptions.WIRE_LOGGER + " (redacted)");
        err = run("debug", "debug");
        assertThat(count(err, WIRE_WARNING)).as(err).isEqualTo(1);
        assertThat(count(err, WARNING)).as(err).isEqualTo(1);
    }

    @Test
    void saysNothingWhenTheHeaderLoggerIsOff() throws Exception {
        String err = run("info", "info");
        assertThat(err).doesNotContain(WARNING).doesNotContain(WIRE_WARNING);
    }

    private static String run(String headerLevel, String wireLevel) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dorg.slf4j.simpleLogger.log.org.apache.hc.client5.http.headers=" + headerLevel,
                        "-Dorg.slf4j.simpleLogger.log.org.apache.hc.client5.http.wire=" + wireLevel,
                        ThreeClients.class.getName()))
                .redirectErrorStream(false)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(count(out, "built cloud")).as(out + err).isEqualTo(3);
        return err;
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
