package io.lakejob.sdk.flink;

import io.lakejob.sdk.flink.internal.FlinkTransport;
import io.lakejob.sdk.flink.internal.targets.Targets;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.Transport;
import io.lakejob.sdk.spi.TransportProvider;
import java.util.Locale;

/**
 * Provides the Flink transport for endpoints starting with {@code flink:}: {@code flink:local}
 * (an embedded cluster, started on first use) and {@code flink:standalone://host:port} (a
 * session cluster's REST endpoint). Registered for {@link java.util.ServiceLoader}.
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
        return "io.lakejob:lakejob-sdk-flink for flink:local and flink:standalone://host:port endpoints";
    }

    @Override
    public Transport create(ClientConfiguration configuration) {
        Targets.parseEndpoint(configuration.endpoint());
        return new FlinkTransport(configuration);
    }
}
