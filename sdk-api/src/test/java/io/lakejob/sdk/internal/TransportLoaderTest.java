package io.lakejob.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.Transport;
import io.lakejob.sdk.spi.TransportProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransportLoaderTest {

    record Fake(String name, String prefix) implements TransportProvider {
        @Override
        public boolean isCompatibleWith(String endpoint) {
            return endpoint.startsWith(prefix);
        }

        @Override
        public String describe() {
            return "fake for " + prefix;
        }

        @Override
        public Transport create(ClientConfiguration configuration) {
            throw new UnsupportedOperationException();
        }
    }

    private final Fake cloud = new Fake("cloud", "https://");
    private final Fake flink = new Fake("flink", "flink:");

    @Test
    void picksTheOneProviderThatAcceptsTheEndpoint() {
        assertThat(TransportLoader.find("flink:local", null, List.of(cloud, flink)))
                .isSameAs(flink);
        assertThat(TransportLoader.find("https://dli.example.com", null, List.of(cloud, flink)))
                .isSameAs(cloud);
    }

    @Test
    void noMatchSaysWhichModuleToAdd() {
        assertThatThrownBy(() -> TransportLoader.find("flink:local", null, List.of(cloud)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No transport")
                .hasMessageContaining("lakejob-sdk-flink");
        assertThatThrownBy(() -> TransportLoader.find("flink:local", null, List.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("lakejob-sdk-cloud");
    }

    @Test
    void twoMatchesAreAmbiguousAndNameBoth() {
        Fake other = new Fake("other", "flink:");
        assertThatThrownBy(() -> TransportLoader.find("flink:local", null, List.of(flink, other)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("more than one")
                .hasMessageContaining("flink (")
                .hasMessageContaining("other (")
                .hasMessageContaining("transport(name)");
    }

    @Test
    void anExplicitNameWinsOverAmbiguity() {
        Fake other = new Fake("other", "flink:");
        assertThat(TransportLoader.find("flink:local", "other", List.of(flink, other)))
                .isSameAs(other);
    }

    @Test
    void anExplicitNameMustExistAndAgreeWithTheEndpoint() {
        assertThatThrownBy(() -> TransportLoader.find("flink:local", "yarn", List.of(cloud, flink)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No transport named 'yarn'");
        assertThatThrownBy(() -> TransportLoader.find("flink:local", "cloud", List.of(cloud, flink)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("transport 'cloud' and endpoint 'flink:local' contradict");
    }

    @Test
    void serviceLoaderFindsNothingInTheApiModuleAlone() {
        assertThat(TransportLoader.installed()).isEmpty();
    }
}
