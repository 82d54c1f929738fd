package io.lakejob.sdk.cloud.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A trivial loopback DLI stub: the JDK's HTTP server on 127.0.0.1 with a fixed pool, answering
 * every request with the reference's ListQueues (6.3) example response. Reads and discards the
 * request body; keeps connections alive; TCP_NODELAY on (otherwise Nagle plus delayed ACKs add
 * ~40 ms to some keep-alive answers and every client would measure the stub, not itself).
 */
public final class LoopbackStub implements AutoCloseable {
    /**
     * The ListQueues example answer (sdk-cloud test resource {@code examples/6.3-response.json})
     * with its quoted booleans ({@code "is_success": "true"}, {@code "is_restarting": "false"})
     * written as JSON booleans: the official SDK's strict boolean deserializer rejects the
     * reference's example verbatim ({@code Current token (VALUE_STRING) not of boolean type}),
     * ours reads both. Every client gets these same bytes.
     */
    public static final byte[] LIST_QUEUES_RESPONSE = new String(
                    load("/examples/6.3-response.json"), StandardCharsets.UTF_8)
            .replaceAll(":\\s*\"(true|false)\"", ": $1")
            .getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService executor;
    private final Set<InetSocketAddress> peers = ConcurrentHashMap.newKeySet();

    private LoopbackStub(int threads) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "stub");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            InetSocketAddress peer = exchange.getRemoteAddress();
            if (!peers.contains(peer)) {
                peers.add(peer);
            }
            try (InputStream in = exchange.getRequestBody()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("X-Request-Id", "bench-0001");
            exchange.sendResponseHeaders(200, LIST_QUEUES_RESPONSE.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(LIST_QUEUES_RESPONSE);
            }
        });
        server.start();
    }

    /**
     * Starts a stub on an ephemeral loopback port.
     *
     * @param threads the size of the server's fixed pool
     * @return the running stub
     */
    public static LoopbackStub start(int threads) {
        try {
            return new LoopbackStub(threads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stub's port.
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * The endpoint to give the clients.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public String endpoint() {
        return "http://127.0.0.1:" + port();
    }

    /**
     * The connections clients have opened to the stub since it started or since the last
     * {@link #resetConnections()} (distinct client addresses of the requests answered).
     *
     * @return the number of connections
     */
    public int connections() {
        return peers.size();
    }

    /** Forgets the connections counted so far. */
    public void resetConnections() {
        peers.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static byte[] load(String resource) {
        try (InputStream in = LoopbackStub.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
