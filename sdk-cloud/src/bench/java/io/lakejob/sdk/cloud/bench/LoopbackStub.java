package io.lakejob.sdk.cloud.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A minimal loopback DLI stub: HTTP/1.1 on 127.0.0.1, one blocking thread per connection,
 * answering every request with the reference's ListQueues (6.3) example response from bytes built
 * once. Keeps connections alive, reads and discards a {@code Content-Length} body, sets TCP_NODELAY
 * (otherwise Nagle plus delayed ACKs add ~40 ms to some keep-alive answers).
 *
 * <p>Why not the JDK's {@code com.sun.net.httpserver}: its selector thread hands every request to
 * a worker and back, which cost ~90 µs of CPU per request at one client thread (more than any of
 * the measured clients) and made a 1 s sample swing by ±20 %. A benchmark of clients should spend
 * its CPU in the clients: this stub answers from the connection's own thread and allocates nothing
 * per request but the parsed header block.
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

    private static final byte[] ANSWER = answer(LIST_QUEUES_RESPONSE);

    private final ServerSocket server;
    private final Set<SocketAddress> peers = ConcurrentHashMap.newKeySet();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private LoopbackStub() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        Thread acceptor = new Thread(this::accept, "stub-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Starts a stub on an ephemeral loopback port.
     *
     * @return the running stub
     */
    public static LoopbackStub start() {
        try {
            return new LoopbackStub();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] answer(byte[] body) {
        byte[] head = String.format(
                        Locale.ROOT,
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: bench-0001\r\n"
                                + "Content-Length: %d\r\n\r\n",
                        body.length)
                .getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                open.add(s);
                Thread t = new Thread(() -> serve(s), "stub");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("stub: accept failed: " + e);
                }
            }
        }
    }

    /** Answers the requests of one connection until the client closes it. */
    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            SocketAddress peer = s.getRemoteSocketAddress();
            byte[] buf = new byte[8192];
            int len = 0;
            while (true) {
                int end;
                while ((end = headerEnd(buf, len)) < 0) {
                    if (len == buf.length) {
                        buf = Arrays.copyOf(buf, len * 2);
                    }
                    int n = in.read(buf, len, buf.length - len);
                    if (n < 0) {
                        return;
                    }
                    len += n;
                }
                String head = new String(buf, 0, end, StandardCharsets.ISO_8859_1);
                if (header(head, "transfer-encoding") != null) {
                    throw new IOException("stub: chunked request bodies are not supported");
                }
                String length = header(head, "content-length");
                long body = length == null ? 0 : Long.parseLong(length);
                int used = end + 4;
                int inBuffer = (int) Math.min(len - used, body);
                used += inBuffer;
                body -= inBuffer;
                for (; body > 0; body--) {
                    if (in.read() < 0) {
                        return;
                    }
                }
                len -= used;
                System.arraycopy(buf, used, buf, 0, len);
                peers.add(peer);
                out.write(ANSWER);
                out.flush();
                if ("close".equalsIgnoreCase(header(head, "connection"))) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client or close() ended the connection
        } finally {
            open.remove(s);
        }
    }

    /** The index of the CRLFCRLF that ends the header block, or -1. */
    private static int headerEnd(byte[] b, int len) {
        for (int i = 3; i < len; i++) {
            if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
                return i - 3;
            }
        }
        return -1;
    }

    /** The trimmed value of a request header (name in lower case), or {@code null}. */
    private static String header(String head, String name) {
        int from = 0;
        while ((from = head.indexOf('\n', from)) >= 0) {
            from++;
            if (head.regionMatches(true, from, name, 0, name.length())
                    && head.length() > from + name.length()
                    && head.charAt(from + name.length()) == ':') {
                int eol = head.indexOf('\r', from);
                return head.substring(from + name.length() + 1, eol < 0 ? head.length() : eol)
                        .trim();
            }
        }
        return null;
    }

    /**
     * The stub's port.
     *
     * @return the port
     */
    public int port() {
        return server.getLocalPort();
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
     * The connections clients have sent requests on since the stub started or since the last
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
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // closing
            }
        }
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
