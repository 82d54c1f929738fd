package io.lakejob.sdk.cloud.internal.http;

import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.concurrent.CancellableDependency;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;

/**
 * A request whose exchange can be cut off: {@link #cancel()} closes its connection at once and
 * keeps it out of the pool (HttpClient registers the exchange as this request's dependency). The
 * request line stays exactly as given: nothing re-parses the path.
 */
public final class CuttableRequest extends BasicClassicHttpRequest implements CancellableDependency {
    private static final long serialVersionUID = 1L;

    private transient Cancellable dependency;
    private boolean cancelled;

    public CuttableRequest(String method, HttpHost host, String path) {
        super(method, host, path);
    }

    @Override
    public synchronized void setDependency(Cancellable dependency) {
        this.dependency = dependency;
        if (cancelled && dependency != null) {
            dependency.cancel();
        }
    }

    @Override
    public synchronized boolean isCancelled() {
        return cancelled;
    }

    @Override
    public boolean cancel() {
        Cancellable d;
        synchronized (this) {
            if (cancelled) {
                return false;
            }
            cancelled = true;
            d = dependency;
            dependency = null;
        }
        if (d != null) {
            d.cancel();
        }
        return true;
    }
}
