package io.lakejob.sdk.cloud;

import io.lakejob.sdk.LakeJobClientBuilder;
import io.lakejob.sdk.cloud.internal.RestTransport;
import io.lakejob.sdk.cloud.internal.http.Endpoint;
import io.lakejob.sdk.cloud.internal.retry.Resilience;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.Transport;
import io.lakejob.sdk.spi.TransportProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test support for the request pipeline: a fake time source (the sleeper records each requested
 * pause and advances the deadline ticker instead of waiting) and a transport provider that builds
 * the real {@link RestTransport} with it and keeps a reference for pool statistics.
 */
final class ResilienceHarness {
    private ResilienceHarness() {}

    /** Records pauses and advances a fake monotonic clock by them; never waits. */
    static final class FakeTime implements Resilience.Sleeper, Resilience.Ticker {
        private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
        private final List<Duration> sleeps = new ArrayList<>();

        @Override
        public void sleep(Duration duration) {
            synchronized (sleeps) {
                sleeps.add(duration);
            }
            nanos.addAndGet(duration.toNanos());
        }

        @Override
        public long nanoTime() {
            return nanos.get();
        }

        List<Duration> sleeps() {
            synchronized (sleeps) {
                return List.copyOf(sleeps);
            }
        }
    }

    /** A transport provider building the real transport with fake time. */
    static final class Provider implements TransportProvider {
        final FakeTime time;
        final AtomicReference<RestTransport> transport = new AtomicReference<>();

        Provider(FakeTime time) {
            this.time = time;
        }

        @Override
        public String name() {
            return CloudTransportProvider.NAME;
        }

        @Override
        public boolean isCompatibleWith(String endpoint) {
            return true;
        }

        @Override
        public String describe() {
            return "cloud transport with fake time";
        }

        @Override
        public Transport create(ClientConfiguration configuration) {
            RestTransport t =
                    new RestTransport(configuration, Endpoint.parse(configuration.endpoint(), true), 64, time, time);
            transport.set(t);
            return t;
        }

        RestTransport transport() {
            return transport.get();
        }
    }

    /**
     * Points a builder at the fake-time provider.
     *
     * @param builder the builder
     * @param provider the provider
     * @return the builder
     */
    static LakeJobClientBuilder withFakeTime(LakeJobClientBuilder builder, Provider provider) {
        return builder.transport(provider);
    }

    /** A clock that moves on by a fixed step at each reading. */
    static Clock ticking(Instant start, Duration step) {
        AtomicLong n = new AtomicLong();
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return start.plus(step.multipliedBy(n.getAndIncrement()));
            }
        };
    }
}
