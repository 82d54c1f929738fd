package io.lakejob.sdk.cloud.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.cloud.CloudOptions;
import io.lakejob.sdk.spi.ClientConfiguration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which proxy the REST transport picks: its own, then the JVM's system properties, then the environment. */
class SystemProxyTest {
    private final Map<String, String> props = new HashMap<>();
    private final Map<String, String> env = new HashMap<>();
    private final Map<String, String> clientProperties = new HashMap<>();

    private Optional<SystemProxy.Choice> choose(String endpoint) {
        ClientConfiguration c = new ClientConfiguration(
                endpoint,
                "p1",
                Credentials.akSk("AK", "SK-secret"),
                null,
                null,
                null,
                null,
                null,
                null,
                clientProperties);
        return SystemProxy.choose(c, Endpoint.parse(endpoint, true), SystemProxy.Lookup.of(props::get, env::get));
    }

    @Test
    void noSettingMeansADirectConnection() {
        assertThat(choose("https://dli.cn-north-4.myhuaweicloud.com")).isEmpty();
    }

    @Test
    void theClientsOwnProxyWinsThenSystemPropertiesThenTheEnvironment() {
        env.put("HTTPS_PROXY", "http://env-proxy:3128");
        props.put("https.proxyHost", "jvm-proxy");
        props.put("https.proxyPort", "8443");
        clientProperties.put(CloudOptions.PROXY_HOST, "own-proxy");
        assertThat(choose("https://dli.example.com").orElseThrow())
                .extracting(SystemProxy.Choice::host, SystemProxy.Choice::port)
                .containsExactly("own-proxy", 8080);
        clientProperties.clear();
        assertThat(choose("https://dli.example.com").orElseThrow())
                .extracting(SystemProxy.Choice::host, SystemProxy.Choice::port, SystemProxy.Choice::source)
                .containsExactly("jvm-proxy", 8443, "system property https.proxyHost");
        props.clear();
        assertThat(choose("https://dli.example.com").orElseThrow())
                .extracting(SystemProxy.Choice::host, SystemProxy.Choice::port, SystemProxy.Choice::source)
                .containsExactly("env-proxy", 3128, "environment variable HTTPS_PROXY");
    }

    @Test
    void theSchemeOfTheEndpointChoosesTheSetting() {
        props.put("http.proxyHost", "plain-proxy");
        env.put("https_proxy", "tls-target-proxy:9000");
        assertThat(choose("http://dli.example.com:8080").orElseThrow().host()).isEqualTo("plain-proxy");
        assertThat(choose("http://dli.example.com:8080").orElseThrow().port()).isEqualTo(80);
        assertThat(choose("https://dli.example.com").orElseThrow())
                .extracting(SystemProxy.Choice::host, SystemProxy.Choice::port, SystemProxy.Choice::source)
                .containsExactly("tls-target-proxy", 9000, "environment variable https_proxy");
        props.put("https.proxyHost", "jvm-tls-proxy");
        assertThat(choose("https://dli.example.com").orElseThrow().port())
                .as("https.proxyPort defaults to 443")
                .isEqualTo(443);
    }

    @Test
    void nonProxyHostsFollowsTheJdkAndDefaultsToLoopback() {
        props.put("http.proxyHost", "jvm-proxy");
        assertThat(choose("http://localhost:8080")).isEmpty();
        assertThat(choose("http://127.0.0.1:8080")).isEmpty();
        props.put("http.nonProxyHosts", "*.internal|10.1.*|dli.example.com");
        assertThat(choose("http://dli.corp.internal")).isEmpty();
        assertThat(choose("http://10.1.2.3")).isEmpty();
        assertThat(choose("http://dli.example.com")).isEmpty();
        assertThat(choose("http://dli.example.org")).isPresent();
        assertThat(choose("http://localhost:8080"))
                .as("an explicit list replaces the JDK's default, as in the JDK")
                .isPresent();
        clientProperties.put(CloudOptions.PROXY_USE_SYSTEM_PROPERTIES, "false");
        assertThat(choose("http://dli.example.org")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "dli.example.com, 443, example.com, true",
        "dli.example.com, 443, .example.com, true",
        "dli.example.com, 443, *.example.com, true",
        "example.com, 443, example.com, true",
        "dli.example.com, 443, ample.com, false",
        "dli.example.com, 443, 'other.org, example.com', true",
        "dli.example.com, 443, example.com:443, true",
        "dli.example.com, 443, example.com:8443, false",
        "10.0.0.7, 443, 10.0.0.7, true",
        "10.0.0.7, 443, 10.0.0.8, false",
        "dli.example.com, 443, *, true",
        "[fd00::1], 443, [fd00::1], true",
    })
    void noProxyMatchesAsCurlDoes(String host, int port, String list, boolean matches) {
        assertThat(SystemProxy.matchesNoProxy(host, port, list)).isEqualTo(matches);
    }

    @Test
    void theEnvironmentIsNeverUsedForLoopbackOrNoProxyHosts() {
        env.put("HTTP_PROXY", "http://env-proxy:3128");
        env.put("NO_PROXY", "internal.example.com");
        assertThat(choose("http://127.0.0.1:8080")).isEmpty();
        assertThat(choose("http://localhost:8080")).isEmpty();
        assertThat(choose("http://dli.internal.example.com")).isEmpty();
        assertThat(choose("http://dli.example.com")).isPresent();
        clientProperties.put(CloudOptions.PROXY_USE_ENVIRONMENT, "false");
        assertThat(choose("http://dli.example.com")).isEmpty();
    }

    @Test
    void credentialsInTheUrlAreDecodedAndNeverPrinted() {
        env.put("HTTPS_PROXY", "http://svc%40corp:p%40ss%3Aw0rd-SECRET@proxy.corp:3128/");
        SystemProxy.Choice c = choose("https://dli.example.com").orElseThrow();
        assertThat(c.username()).isEqualTo("svc@corp");
        assertThat(c.password()).isEqualTo("p@ss:w0rd-SECRET");
        assertThat(c.toString())
                .contains("proxy.corp:3128")
                .contains("svc@corp")
                .doesNotContain("SECRET");
    }

    @Test
    void unusableValuesAreSkipped() {
        env.put("HTTPS_PROXY", "socks5://proxy.corp:1080");
        assertThat(choose("https://dli.example.com")).isEmpty();
        env.put("HTTPS_PROXY", "http://proxy corp:80");
        assertThat(choose("https://dli.example.com")).isEmpty();
        props.put("https.proxyHost", "jvm-proxy");
        props.put("https.proxyPort", "99999");
        env.remove("HTTPS_PROXY");
        assertThat(choose("https://dli.example.com")).isEmpty();
    }
}
