package io.lakejob.sdk.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.model.queue.ListQueuesRequest;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A fresh JVM's first call loads what that call needs and no more: a ListQueues builds the queue
 * codecs, but reads neither the operation catalogue (which loads every operation's request and
 * response classes) nor another group's codecs. Runs in a child JVM, since classes load once per
 * JVM; the child logs every class it loads.
 */
class FirstCallClassesTest {
    /** Child JVM: one ListQueues to the endpoint given, then prints the number of queues. */
    public static final class Child {
        private Child() {}

        /**
         * Entry point.
         *
         * @param args the endpoint
         */
        public static void main(String[] args) {
            try (LakeJobClient client = LakeJobClient.builder()
                    .endpoint(args[0])
                    .projectId(WireSupport.PROJECT)
                    .credentials(Credentials.akSk(WireSupport.AK, WireSupport.SK))
                    .build()) {
                System.out.println("QUEUES "
                        + client.queues().list(ListQueuesRequest.all()).queues().size());
            }
        }
    }

    @Test
    void aFirstListQueuesReadsNeitherTheCatalogueNorOtherGroups() throws Exception {
        byte[] answer;
        try (InputStream in = FirstCallClassesTest.class.getResourceAsStream("/examples/6.3-response.json")) {
            answer = in.readAllBytes();
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try {
            List<String> cmd = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xlog:class+load=info:stdout",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-Dorg.slf4j.simpleLogger.log.io.lakejob=warn",
                    "-cp",
                    System.getProperty("java.class.path"),
                    Child.class.getName(),
                    "http://127.0.0.1:" + server.getAddress().getPort());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).as("the call was answered").contains("QUEUES 1");
            List<String> loaded =
                    out.lines().filter(l -> l.contains("io.lakejob.")).toList();
            assertThat(loaded)
                    .as("the queue codecs were built")
                    .anyMatch(l -> l.contains("io.lakejob.sdk.cloud.internal.codec.QueueCodecs "));
            assertThat(loaded)
                    .as("classes a first ListQueues must not load")
                    .noneMatch(l -> l.contains("io.lakejob.sdk.spi.Operations ")
                            || l.contains("io.lakejob.sdk.spi.SqlJobOperations ")
                            || l.contains("io.lakejob.sdk.spi.FlinkJobOperations ")
                            || l.contains("io.lakejob.sdk.model.sql.ListSqlJobsResponse ")
                            || l.contains("io.lakejob.sdk.model.job.ListFlinkJobsResponse ")
                            || l.contains("io.lakejob.sdk.cloud.internal.codec.SqlJobCodecs")
                            || l.contains("io.lakejob.sdk.cloud.internal.codec.FlinkJobCodecs"));
        } finally {
            server.stop(0);
        }
    }
}
