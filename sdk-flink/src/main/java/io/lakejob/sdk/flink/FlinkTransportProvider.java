package io.lakejob.sdk.flink;

import io.lakejob.sdk.flink.internal.FlinkClassPath;
import io.lakejob.sdk.flink.internal.FlinkTransport;
import io.lakejob.sdk.flink.internal.compat.FlinkCompat;
import io.lakejob.sdk.flink.internal.targets.Targets;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.KnownProperties;
import io.lakejob.sdk.spi.Transport;
import io.lakejob.sdk.spi.TransportProvider;
import java.util.Locale;

/**
 * Provides the Flink transport for endpoints starting with {@code flink:}: {@code flink:local}
 * (an embedded cluster, started on first use), {@code flink:standalone://host:port} (a session
 * cluster's REST endpoint), and {@code flink:<kind>[://<cluster id>]} for the YARN and Kubernetes
 * kinds. Registered for {@link java.util.ServiceLoader}.
 */
public final class FlinkTransportProvider implements TransportProvider {
    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public FlinkTransportProvider() {}

    @Override
    public String name() {
        return FlinkTransport.NAME;
    }

    @Override
    public boolean isCompatibleWith(String endpoint) {
        return endpoint != null && endpoint.trim().toLowerCase(Locale.ROOT).startsWith("flink:");
    }

    @Override
    public String describe() {
        return FlinkCompat.ARTIFACT + " for flink:local, flink:standalone://host:port and flink:<kind> endpoints";
    }

    @Override
    public Transport create(ClientConfiguration configuration) {
        // Before any Flink class is linked: Flink present, and the line this artifact is built for.
        FlinkClassPath.check(FlinkTransportProvider.class.getClassLoader());
        Targets.parseEndpoint(configuration.endpoint());
        // A misspelled flink.* key is an error, not a setting silently ignored.
        KnownProperties.check("flink.", FlinkOptions.keys(), configuration);
        return new FlinkTransport(configuration);
    }
}
