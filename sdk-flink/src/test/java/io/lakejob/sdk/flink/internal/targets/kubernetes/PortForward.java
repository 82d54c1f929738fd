package io.lakejob.sdk.flink.internal.targets.kubernetes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on loopback standing in for {@code kubectl port-forward} to a JobManager: the
 * address a client outside the Kubernetes cluster reaches the session at. Closing it is what a
 * port-forward does when its pod goes away.
 */
final class PortForward implements AutoCloseable {
    private final ServerSocket server;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private PortForward(ServerSocket server, int target) {
        this.server = server;
        this.target = target;
        Thread t = new Thread(this::accept, "port-forward-" + server.getLocalPort());
        t.setDaemon(true);
        t.start();
    }

    /**
     * Forwards a new loopback port to {@code 127.0.0.1:<targetPort>}.
     *
     * @param targetPort the port forwarded to
     * @return the forwarder
     * @throws IOException when no port can be bound
     */
    static PortForward to(int targetPort) throws IOException {
        return new PortForward(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), targetPort);
    }

    /** @return the forwarded address, {@code 127.0.0.1:<port>} */
    String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket in = server.accept();
                Socket out = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(in);
                open.add(out);
                pump(in, out);
                pump(out, in);
            } catch (IOException e) {
                // Closed, or the target refused: the client sees its connection end.
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(
                () -> {
                    try (InputStream i = from.getInputStream();
                            OutputStream o = to.getOutputStream()) {
                        i.transferTo(o);
                    } catch (IOException e) {
                        // One side closed.
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "port-forward-pump");
        t.setDaemon(true);
        t.start();
    }

    private void closeQuietly(Socket s) {
        open.remove(s);
        try {
            s.close();
        } catch (IOException e) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            closeQuietly(s);
        }
    }
}
