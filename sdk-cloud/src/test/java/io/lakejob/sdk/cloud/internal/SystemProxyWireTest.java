package io.lakejob.sdk.cloud.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.cloud.CloudOptions;
import io.lakejob.sdk.cloud.WireSupport;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.Transport;
import io.lakejob.sdk.spi.TransportProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST transport through a forwarding proxy on loopback, chosen from (injected) environment
 * variables and system properties. The endpoint's host name does not resolve: only the proxy,
 * which sends everything to the WireMock server, can have answered.
 */
class SystemProxyWireTest extends WireSupport {
    private static final String PROXY_PASSWORD = "pr0xy-pass@word-SECRET";

    private TinyProxy proxy;
    private final Map<String, String> props = new HashMap<>();
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void startProxy() throws IOException {
        proxy = new TinyProxy(server.port());
    }

    @AfterEach
    void stopProxy() throws IOException {
        proxy.close();
    }

    private String unresolvableEndpoint() {
        return "http://dli.lakejob-proxy-test.invalid:" + server.port();
    }

    private LakeJobClient proxiedClient() {
        SystemProxy.Lookup lookup = SystemProxy.Lookup.of(props::get, env::get);
        return LakeJobClient.builder()
                .endpoint(unresolvableEndpoint())
                .projectId(PROJECT)
                .credentials(Credentials.akSk(AK, SK))
                .property(CloudOptions.ALLOW_INSECURE_HTTP, "true")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .readTimeout(Duration.ofSeconds(5))
                .transport(new TransportProvider() {
                    @Override
                    public String name() {
                        return "cloud";
                    }

                    @Override
                    public boolean isCompatibleWith(String endpoint) {
                        return true;
                    }

                    @Override
                    public String describe() {
                        return "cloud with an injected environment";
                    }

                    @Override
                    public Transport create(ClientConfiguration c) {
                        return new RestTransport(c, Endpoint.parse(c.endpoint(), true), 4, lookup);
                    }
                })
                .build();
    }

    private void stubQueue() {
        server.stubFor(get(urlPathEqualTo("/v1.0/" + PROJECT + "/queues/q1"))
                .willReturn(aResponse().withBody(resource("6.4-response.json"))));
    }

    @Test
    void httpProxyFromTheEnvironmentWithCredentialsInItsUrl() {
        stubQueue();
        proxy.requireCredentials("svc", PROXY_PASSWORD);
        env.put("HTTP_PROXY", "http://svc:" + PROXY_PASSWORD.replace("@", "%40") + "@127.0.0.1:" + proxy.port());
        env.put("NO_PROXY", "example.com,.internal");
        try (LakeJobClient c = proxiedClient()) {
            assertThat(c.queues().get("q1")).isNotNull();
            assertThat(c.toString()).doesNotContain(PROXY_PASSWORD);
        }
        assertThat(proxy.requestLines())
                .as("the proxy asked for credentials once, then forwarded")
                .hasSize(2)
                .allSatisfy(l -> assertThat(l).contains("/v1.0/" + PROJECT + "/queues/q1"));
        assertThat(proxy.authorized()).isEqualTo(1);
        // The request WireMock saw is the one the client signed for the endpoint's host.
        assertSignedCorrectly(onlyRequest(), AK, SK);
        assertThat(onlyRequest().getHeader("Host")).startsWith("dli.lakejob-proxy-test.invalid:");
        assertThat(onlyRequest().getHeader("Proxy-Authorization")).isNull();
    }

    @Test
    void noProxyKeepsTheEnvironmentsProxyAway() {
        env.put("HTTP_PROXY", "http://127.0.0.1:" + proxy.port());
        env.put("NO_PROXY", "lakejob-proxy-test.invalid");
        try (LakeJobClient c = proxiedClient()) {
            // Direct: the host does not resolve, so the call fails, and the proxy saw nothing.
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                            () -> c.queues().get("q1")))
                    .isNotNull();
        }
        assertThat(proxy.requestLines()).isEmpty();
    }

    @Test
    void jvmSystemPropertiesComeBeforeTheEnvironment() {
        stubQueue();
        props.put("http.proxyHost", "127.0.0.1");
        props.put("http.proxyPort", Integer.toString(proxy.port()));
        env.put("HTTP_PROXY", "http://127.0.0.1:1");
        try (LakeJobClient c = proxiedClient()) {
            c.queues().get("q1");
        }
        assertThat(proxy.requestLines()).hasSize(1);
        assertSignedCorrectly(onlyRequest(), AK, SK);
    }

    /**
     * A forwarding HTTP proxy: reads one request per connection at a time, optionally answers 407
     * until Basic credentials come, and forwards the request to the WireMock server.
     */
    static final class TinyProxy implements AutoCloseable {
        private static final java.util.Set<String> HOP_BY_HOP =
                java.util.Set.of("connection", "keep-alive", "te", "trailer", "upgrade");
        private final ServerSocket socket;
        private final int upstreamPort;
        private final List<String> requestLines = Collections.synchronizedList(new ArrayList<>());
        private volatile String expectedAuthorization;
        private volatile int authorized;
        private final Thread acceptor;

        TinyProxy(int upstreamPort) throws IOException {
            this.upstreamPort = upstreamPort;
            this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            this.acceptor = new Thread(this::accept, "tiny-proxy");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        List<String> requestLines() {
            synchronized (requestLines) {
                return List.copyOf(requestLines);
            }
        }

        int authorized() {
            return authorized;
        }

        void requireCredentials(String user, String password) {
            expectedAuthorization = "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Thread t = new Thread(() -> serve(client), "tiny-proxy-conn");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket client) {
            try (client) {
                InputStream in = client.getInputStream();
                OutputStream out = client.getOutputStream();
                while (true) {
                    List<String> head = readHead(in);
                    if (head == null) {
                        return;
                    }
                    requestLines.add(head.get(0));
                    Map<String, String> headers = new HashMap<>();
                    for (String h : head.subList(1, head.size())) {
                        int colon = h.indexOf(':');
                        headers.put(
                                h.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                                h.substring(colon + 1).trim());
                    }
                    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
                    byte[] body = in.readNBytes(length);
                    String expected = expectedAuthorization;
                    if (expected != null && !expected.equals(headers.get("proxy-authorization"))) {
                        out.write(("HTTP/1.1 407 Proxy Authentication Required\r\n"
                                        + "Proxy-Authenticate: Basic realm=\"tiny\"\r\nContent-Length: 0\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        continue;
                    }
                    if (expected != null) {
                        authorized++;
                    }
                    forward(head, body, out);
                    return;
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        private void forward(List<String> head, byte[] body, OutputStream out) throws IOException {
            String[] line = head.get(0).split(" ");
            String target = line[1];
            if (target.startsWith("http://")) {
                int slash = target.indexOf('/', "http://".length());
                target = slash < 0 ? "/" : target.substring(slash);
            }
            try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
                StringBuilder sb = new StringBuilder(line[0] + " " + target + " HTTP/1.1\r\n");
                for (String h : head.subList(1, head.size())) {
                    String name = h.substring(0, h.indexOf(':')).trim().toLowerCase(Locale.ROOT);
                    // Hop-by-hop headers stay here, as in any proxy (HttpClient offers a TLS upgrade).
                    if (!name.startsWith("proxy-") && !HOP_BY_HOP.contains(name)) {
                        sb.append(h).append("\r\n");
                    }
                }
                sb.append("Connection: close\r\n\r\n");
                OutputStream up = upstream.getOutputStream();
                up.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
                up.write(body);
                up.flush();
                InputStream answer = upstream.getInputStream();
                List<String> answerHead = readHead(answer);
                StringBuilder ab = new StringBuilder(answerHead.get(0) + "\r\n");
                for (String h : answerHead.subList(1, answerHead.size())) {
                    if (!h.toLowerCase(Locale.ROOT).startsWith("connection:")) {
                        ab.append(h).append("\r\n");
                    }
                }
                ab.append("Connection: close\r\n\r\n");
                out.write(ab.toString().getBytes(StandardCharsets.ISO_8859_1));
                answer.transferTo(out);
                out.flush();
            }
        }

        /** The request or status line and the header lines, or {@code null} at the end of the stream. */
        private static List<String> readHead(InputStream in) throws IOException {
            List<String> lines = new ArrayList<>();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    String s = line.toString(StandardCharsets.ISO_8859_1);
                    if (s.endsWith("\r")) {
                        s = s.substring(0, s.length() - 1);
                    }
                    line.reset();
                    if (s.isEmpty()) {
                        return lines.isEmpty() ? null : lines;
                    }
                    lines.add(s);
                } else {
                    line.write(b);
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
