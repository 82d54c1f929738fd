package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.ServiceException;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Project id by project (region) name, reference 14.3: GET /v3/projects?name=... with a token. */
class ProjectLookupTest extends WireSupport {
    static final String TOKEN = "TOKEN_for_lookup_never_print";

    @Test
    void findsTheProjectIdByName() {
        server.stubFor(get(urlPathEqualTo("/v3/projects"))
                .willReturn(aResponse().withBody(resource("../iam/projects-response.json"))));
        assertThat(ProjectLookup.find(endpoint(), TOKEN, "cn-north-4")).contains("a4a5d4098fb4474fa22cd05f897d6b99");
        var r = onlyRequest();
        assertThat(r.getMethod().getName()).isEqualTo("GET");
        assertThat(r.getUrl()).isEqualTo("/v3/projects?name=cn-north-4");
        assertThat(r.getHeader("X-Auth-Token")).isEqualTo(TOKEN);
    }

    @Test
    void otherNamesAndEmptyListsGiveEmpty() {
        server.stubFor(get(urlPathEqualTo("/v3/projects"))
                .willReturn(aResponse().withBody(resource("../iam/projects-response.json"))));
        assertThat(ProjectLookup.of(endpoint()).find(TOKEN, "cn-north-1")).isEmpty();
        server.stubFor(
                get(urlPathEqualTo("/v3/projects")).willReturn(aResponse().withBody("{\"projects\":[]}")));
        assertThat(ProjectLookup.of(endpoint()).find(TOKEN, "cn-north-4")).isEmpty();
    }

    @Test
    void nameIsEncodedInTheQuery() {
        server.stubFor(
                get(urlPathEqualTo("/v3/projects")).willReturn(aResponse().withBody("{\"projects\":[]}")));
        ProjectLookup.of(endpoint()).find(TOKEN, "a&b=c d");
        assertThat(onlyRequest().getUrl()).isEqualTo("/v3/projects?name=a%26b%3Dc%20d");
    }

    @Test
    void errorsAreTypedAndHideTheToken() {
        server.stubFor(get(urlPathEqualTo("/v3/projects"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("X-Request-Id", "r-9")
                        .withBody("{\"error\":{\"code\":401,\"message\":\"token " + TOKEN + " expired\"}}")));
        ServiceException e =
                (ServiceException) catchThrowable(() -> ProjectLookup.find(endpoint(), TOKEN, "cn-north-4"));
        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(e.requestId()).isEqualTo("r-9");
        assertThat(e.getMessage()).contains("expired").doesNotContain(TOKEN);
        server.stubFor(
                get(urlPathEqualTo("/v3/projects")).willReturn(aResponse().withBody("<html/>")));
        assertThat(catchThrowable(() -> ProjectLookup.find(endpoint(), TOKEN, "cn-north-4")))
                .isInstanceOf(ServiceException.class);
    }

    @Test
    void argumentsAreChecked() {
        assertThatThrownBy(() -> ProjectLookup.find(endpoint(), " ", "x")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> ProjectLookup.find(endpoint(), "a\nb", "x"))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> ProjectLookup.find(endpoint(), TOKEN, "")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> ProjectLookup.find("http://iam.example.com", TOKEN, "x"))
                .isInstanceOf(ConfigurationException.class);
        assertThat(requests()).isEmpty();
    }

    @Test
    void withAnIamTokenProvider() {
        server.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(IamTokenProviderTest.tokenAnswer(TOKEN)));
        server.stubFor(get(urlPathEqualTo("/v3/projects"))
                .willReturn(aResponse().withBody(resource("../iam/projects-response.json"))));
        IamTokenProvider iam = IamTokenProvider.builder()
                .endpoint(endpoint())
                .userName("u")
                .password("p")
                .domainName("d")
                .projectName("cn-north-4")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
        assertThat(ProjectLookup.of(endpoint()).find(iam, "cn-north-4")).contains("a4a5d4098fb4474fa22cd05f897d6b99");
        assertThat(ProjectLookup.of(endpoint()).toString()).doesNotContain(TOKEN);
    }
}
