package io.lakejob.sdk.spi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.ConfigurationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnownPropertiesTest {
    private static final List<String> KNOWN =
            List.of("cloud.proxy.host", "cloud.proxy.port", "cloud.maxConnections", "cloud.tls.trustStore");

    @Test
    void knownKeysAndOtherPrefixesPass() {
        assertThatCode(() -> KnownProperties.check(
                        "cloud.",
                        KNOWN,
                        Map.of(
                                "cloud.proxy.host",
                                "p",
                                "cloud.maxConnections",
                                "3",
                                "flink.whatever",
                                "x",
                                "other",
                                "y")))
                .doesNotThrowAnyException();
        assertThatCode(() -> KnownProperties.check("cloud.", KNOWN, Map.of())).doesNotThrowAnyException();
    }

    @Test
    void aMisspelledKeyNamesItselfTheCloseMatchAndTheKnownKeys() {
        assertThatThrownBy(() -> KnownProperties.check("cloud.", KNOWN, Map.of("cloud.proxy.hots", "p")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'cloud.proxy.hots'")
                .hasMessageContaining("did you mean 'cloud.proxy.host'")
                .hasMessageContaining("cloud.maxConnections, cloud.proxy.host, cloud.proxy.port, cloud.tls.trustStore");
    }

    @Test
    void theValueIsNeverEchoed() {
        assertThatThrownBy(() ->
                        KnownProperties.check("cloud.", KNOWN, Map.of("cloud.proxy.pasword", "hunter2-never-print")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageNotContaining("hunter2-never-print");
    }

    @Test
    void aKeyFarFromEveryKnownOneHasNoSuggestion() {
        assertThatThrownBy(() -> KnownProperties.check("cloud.", KNOWN, Map.of("cloud.somethingElse", "1")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'cloud.somethingElse'")
                .hasMessageNotContaining("did you mean");
    }

    @Test
    void aPrefixInAnotherCaseIsStillTheTransportsAndGetsTheRightSpelling() {
        assertThatThrownBy(() -> KnownProperties.check("cloud.", KNOWN, Map.of("Cloud.proxy.host", "p")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("did you mean 'cloud.proxy.host'");
        assertThatThrownBy(() -> KnownProperties.check("cloud.", KNOWN, Map.of("cloud.maxconnections", "3")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("did you mean 'cloud.maxConnections'");
    }

    @Test
    void everyUnknownKeyIsNamedInOneMessage() {
        assertThatThrownBy(() -> KnownProperties.check(
                        "cloud.", KNOWN, Map.of("cloud.proxy.hots", "p", "cloud.proxy.prot", "1")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'cloud.proxy.hots' (did you mean 'cloud.proxy.host'?)")
                .hasMessageContaining("'cloud.proxy.prot' (did you mean 'cloud.proxy.port'?)");
    }

    @Test
    void anOpenNamespaceAcceptsEveryKeyBelowIt() {
        List<String> known = List.of("flink.metadata.dir", "flink.conf.*");
        assertThatCode(() ->
                        KnownProperties.check("flink.", known, Map.of("flink.conf.taskmanager.numberOfTaskSlots", "2")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> KnownProperties.check("flink.", known, Map.of("flink.cnf.x", "2")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("flink.conf.*");
    }

    @Test
    void theConfigurationFormReadsItsProperties() {
        ClientConfiguration c = new ClientConfiguration(
                "https://x", "p", null, null, null, null, null, null, null, Map.of("cloud.proxy.hots", "p"));
        assertThatThrownBy(() -> KnownProperties.check("cloud.", KNOWN, c))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("cloud.proxy.hots");
    }
}
