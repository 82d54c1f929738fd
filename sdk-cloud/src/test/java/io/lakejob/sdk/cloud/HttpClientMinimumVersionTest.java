package io.lakejob.sdk.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.cloud.internal.http.HttpClientVersion;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.model.queue.ListQueuesResponse;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The transport on other Apache HttpClient 5 versions than the build's, each in a child JVM whose
 * class path is the transport's runtime class path ({@code runtime-classpath.txt}) with the
 * HttpComponents jars swapped for those copied into {@code target/httpclient5-versions} by the
 * build: on the stated minimum (httpclient5 5.5 with httpcore5 and httpcore5-h2 5.3) a client is
 * built and a call is answered; older versions are refused by {@code build()} with a {@link
 * ConfigurationException} that names the versions to use, instead of a {@code NoClassDefFoundError}
 * or {@code NoSuchMethodError} later. The versions come from sdk-cloud's POM.
 */
class HttpClientMinimumVersionTest {
    private static final String MIN_CLIENT = property("httpclient5.minimum.version");
    private static final String MIN_CORE = property("httpcore5.minimum.version");

    private static Path versions;
    private static List<String> baseClassPath;

    /**
     * Child JVM: a loopback server answering the reference's ListQueues example, and one call to it
     * (with {@code trust-store}, by a client given the JDK's CA store as its own trust store, which
     * takes the transport's other TLS set-up; the call itself is plain HTTP).
     */
    public static final class Probe {
        private Probe() {}

        /**
         * Prints {@code OK <first queue name>}, {@code ConfigurationException: <message>} or {@code
         * FAILED <throwable>} as its only line on standard output.
         *
         * @param args {@code trust-store} or nothing
         * @throws IOException if the loopback server cannot start
         */
        public static void main(String[] args) throws IOException {
            byte[] answer;
            try (InputStream in = Probe.class.getResourceAsStream("/examples/6.3-response.json")) {
                answer = in.readAllBytes();
            }
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            });
            server.start();
            var builder = LakeJobClient.builder()
                    .endpoint("http://127.0.0.1:" + server.getAddress().getPort())
                    .projectId(WireSupport.PROJECT)
                    .credentials(Credentials.token("token-for-the-probe"));
            if (args.length > 0 && args[0].equals("trust-store")) {
                builder.property(
                                CloudOptions.TLS_TRUST_STORE,
                                Path.of(System.getProperty("java.home"), "lib", "security", "cacerts")
                                        .toString())
                        .property(CloudOptions.TLS_TRUST_STORE_PASSWORD, "changeit");
            }
            try (LakeJobClient client = builder.build()) {
                ListQueuesResponse queues = client.queues().list(r -> {});
                System.out.println("OK " + queues.queues().get(0).queueName());
            } catch (ConfigurationException e) {
                System.out.println("ConfigurationException: " + e.getMessage());
            } catch (Throwable t) {
                t.printStackTrace();
                System.out.println("FAILED " + t);
            } finally {
                server.stop(0);
            }
        }
    }

    @BeforeAll
    static void classPath() throws IOException, URISyntaxException {
        Path classes = Path.of(CloudTransportProvider.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path testClasses = Path.of(
                Probe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path buildDir = classes.getParent();
        versions = buildDir.resolve("httpclient5-versions");
        Path runtime = buildDir.resolve("runtime-classpath.txt");
        assertThat(runtime).as("written by the build; run through Maven").exists();
        assertThat(versions).as("copied by the build; run through Maven").isDirectory();
        baseClassPath = new ArrayList<>(List.of(classes.toString(), testClasses.toString()));
        int swapped = 0;
        for (String entry :
                Files.readString(runtime, StandardCharsets.UTF_8).trim().split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("httpclient5-") || name.startsWith("httpcore5-")) {
                swapped++;
            } else if (!entry.isBlank()) {
                baseClassPath.add(entry);
            }
        }
        assertThat(swapped).as("httpclient5, httpcore5, httpcore5-h2 left out").isEqualTo(3);
    }

    @Test
    void theCheckNamesTheVersionsThisTestRuns() {
        assertThat(HttpClientVersion.MIN_HTTPCLIENT5).isEqualTo(MIN_CLIENT);
        assertThat(HttpClientVersion.MIN_HTTPCORE5).isEqualTo(MIN_CORE);
    }

    @Test
    void theMinimumVersionsBuildAClientAndServeACall() throws Exception {
        assertThat(run("httpclient5-" + MIN_CLIENT, "httpcore5-" + MIN_CORE, "httpcore5-h2-" + MIN_CORE))
                .isEqualTo("OK test");
    }

    @Test
    void theMinimumVersionsTakeATrustStoreOfTheUsers() throws Exception {
        assertThat(runWith(
                        List.of("trust-store"),
                        "httpclient5-" + MIN_CLIENT,
                        "httpcore5-" + MIN_CORE,
                        "httpcore5-h2-" + MIN_CORE))
                .isEqualTo("OK test");
    }

    @Test
    void springBoot33sHttpClientIsRefusedAtBuildNamingTheVersionsToUse() throws Exception {
        String client = property("httpclient5.boot33.version");
        String core = property("httpcore5.boot33.version");
        String out = run("httpclient5-" + client, "httpcore5-" + core, "httpcore5-h2-" + core);
        assertRefused(out);
        assertThat(out)
                .contains("the class path has httpclient5 " + client + " (")
                .contains("httpclient5-" + client + ".jar")
                .contains(" and httpcore5 " + core + " (");
    }

    @Test
    void theLastHttpClient54IsRefused() throws Exception {
        String client = property("httpclient5.last54.version");
        String core = property("httpcore5.last54.version");
        String out = run("httpclient5-" + client, "httpcore5-" + core, "httpcore5-h2-" + core);
        assertRefused(out);
        assertThat(out)
                .contains("the class path has httpclient5 " + client + " (")
                .doesNotContain(".jar) and");
    }

    @Test
    void theMinimumHttpClientOnAnOlderHttpCoreIsRefusedNamingHttpCore() throws Exception {
        String core = property("httpcore5.boot33.version");
        String out = run("httpclient5-" + MIN_CLIENT, "httpcore5-" + core, "httpcore5-h2-" + core);
        assertRefused(out);
        assertThat(out).contains("the class path has httpcore5 " + core + " (").doesNotContain("has httpclient5");
    }

    @Test
    void theMinimumWithoutHttpCoreH2IsRefusedNamingIt() throws Exception {
        String out = run("httpclient5-" + MIN_CLIENT, "httpcore5-" + MIN_CORE);
        assertRefused(out);
        assertThat(out).contains("the class path has no httpcore5-h2").doesNotContain("has httpclient5");
    }

    @Test
    void noHttpClientAtAllIsRefusedNamingTheArtifact() throws Exception {
        String out = run();
        assertThat(out)
                .startsWith("ConfigurationException: ")
                .contains("needs Apache HttpClient 5 on the class path")
                .contains("org.apache.httpcomponents.client5:httpclient5 " + MIN_CLIENT + " or later");
    }

    private static void assertRefused(String out) {
        assertThat(out)
                .startsWith("ConfigurationException: ")
                .contains("needs org.apache.httpcomponents.client5:httpclient5 " + MIN_CLIENT + " or later")
                .contains("org.apache.httpcomponents.core5:httpcore5 " + MIN_CORE + " or later")
                .contains("httpclient5.version=" + MIN_CLIENT)
                .contains("httpcore5.version=" + HttpClientVersion.PAIRED_HTTPCORE5);
    }

    /** Runs {@link Probe} with the named jars of target/httpclient5-versions; returns its stdout line. */
    private static String run(String... jars) throws IOException, InterruptedException {
        return runWith(List.of(), jars);
    }

    private static String runWith(List<String> args, String... jars) throws IOException, InterruptedException {
        List<String> classPath = new ArrayList<>(baseClassPath);
        for (String jar : jars) {
            Path file = versions.resolve(jar + ".jar");
            assertThat(file).exists();
            classPath.add(file.toString());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(
                List.of(java, "-Xmx128m", "-cp", String.join(File.pathSeparator, classPath), Probe.class.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(out).as(err).doesNotContain("NoClassDefFoundError", "NoSuchMethodError", "FAILED");
        return out;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value)
                .as(name + ", set by sdk-cloud's POM; run through Maven")
                .isNotBlank();
        return value;
    }
}
