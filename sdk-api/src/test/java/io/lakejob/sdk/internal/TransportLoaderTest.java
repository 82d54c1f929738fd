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
        assertThatThrownBy(() -> TransportLoader.find("https://dli.example.com", null, List.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Add io.lakejob:lakejob-sdk-cloud");
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
    void aMisspelledSchemeIsCalledUnknownOrMalformedNotAMissingModule() {
        List<TransportProvider> both = List.of(cloud, flink);
        for (String[] typo : new String[][] {
            {"htps://dli.example.com", "unknown scheme 'htps'", "https://dli.example.com"},
            {"https//dli.example.com", "malformed", "https://dli.example.com"},
            {"http:/127.0.0.1:8080", "malformed", "http://127.0.0.1:8080"},
            {"flnk:local", "unknown scheme 'flnk'", "flink:local"},
            {"dli.example.com", "no scheme", null}
        }) {
            assertThatThrownBy(() -> TransportLoader.find(typo[0], null, both))
                    .as(typo[0])
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining(typo[1])
                    .hasMessageContaining("fake for https://")
                    .hasMessageContaining("fake for flink:")
                    .hasMessageNotContaining("Add io.lakejob");
            if (typo[2] != null) {
                assertThatThrownBy(() -> TransportLoader.find(typo[0], null, both))
                        .hasMessageContaining("did you mean '" + typo[2] + "'");
            }
        }
    }

    @Test
    void aTypoStillSaysWhichModuleServesTheFormThatIsMissing() {
        // Only the cloud module is installed: the accepted forms include the Flink ones, with
        // the module that serves them.
        assertThatThrownBy(() -> TransportLoader.find("htps://dli.example.com", null, List.of(cloud)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown scheme 'htps'")
                .hasMessageContaining("fake for https://")
                .hasMessageContaining(
                        "flink:local or flink:standalone://host:port with io.lakejob:lakejob-sdk-flink (not on the class path)");
    }

    @Test
    void userInformationInAnEndpointIsNeverEchoed() {
        assertThatThrownBy(() -> TransportLoader.find("htps://user:s3cret-pw@dli.example.com", null, List.of(cloud)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageNotContaining("s3cret-pw")
                .hasMessageContaining("unknown scheme 'htps'");
    }

    @Test
    void serviceLoaderFindsNothingInTheApiModuleAlone() {
        assertThat(TransportLoader.installed()).isEmpty();
    }
}
