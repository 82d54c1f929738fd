package io.lakejob.sdk.cloud.internal.http;

import java.io.IOException;
import java.net.Socket;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * A TLS strategy built on its first TLS connection. HttpClient builds its default strategy (the
 * JVM's default {@code SSLContext}: the security providers, the CA store, every certificate of
 * it parsed) when the connection pool is built, which is most of a fresh JVM's start-up cost for
 * a client whose endpoint is plain HTTP and never opens a TLS connection. Verification is the
 * same as HttpClient's default: the JVM's trust store and HttpClient's host name verifier.
 * Thread-safe; the strategy is built once.
 */
public final class LazyTls implements TlsSocketStrategy {
    private final Supplier<TlsSocketStrategy> factory;
    private volatile TlsSocketStrategy strategy;

    private LazyTls(Supplier<TlsSocketStrategy> factory) {
        this.factory = factory;
    }

    /**
     * HttpClient's default strategy, built on first use.
     *
     * @return the strategy
     */
    public static LazyTls systemDefault() {
        return new LazyTls(DefaultClientTlsStrategy::createDefault);
    }

    /**
     * Whether the strategy has been built (a plain-HTTP client never builds it).
     *
     * @return {@code true} after the first TLS connection
     */
    public boolean built() {
        return strategy != null;
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return delegate().upgrade(socket, target, port, attachment, context);
    }

    private TlsSocketStrategy delegate() {
        TlsSocketStrategy s = strategy;
        if (s == null) {
            synchronized (this) {
                s = strategy;
                if (s == null) {
                    s = factory.get();
                    strategy = s;
                }
            }
        }
        return s;
    }
}
