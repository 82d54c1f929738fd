package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.sql.SubmitSqlJobRequest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers that cannot be trusted are refused (issue 9, item 11): a POST answered 2xx with a body
 * the SDK cannot read may still have created something, so it is an {@link OutcomeUnknownException}
 * carrying the client token, sent once; trailing garbage or a second JSON document after the answer
 * is not a success, on the path that reads a plain success straight into its wire type and on the
 * path through the parsed tree; a float where an integer is documented ({@code job_id: 1.5}) is not
 * truncated.
 */
class AmbiguousAnswersWireTest extends WireSupport {
    private static final String BASE = "/v1.0/" + PROJECT;
    private static final String SUBMITTED =
            "{\"is_success\":true,\"message\":\"\",\"job_id\":\"5d2f2e6c-6a6d-4d4b-9b8a-2f1e0c6b7a11\","
                    + "\"job_type\":\"QUERY\",\"job_mode\":\"async\"}";
    private static final String QUEUES =
            "{\"is_success\":true,\"message\":\"\",\"queues\":[{\"queue_name\":\"q1\",\"cu_count\":16}]}";
    private static final String QUEUE = "{\"is_success\":true,\"message\":\"\",\"queue_name\":\"q1\",\"cu_count\":16}";

    private static SubmitSqlJobRequest submit() {
        return SubmitSqlJobRequest.builder().sql("SELECT 1").queueName("q1").build();
    }

    private String sentClientToken() {
        JsonNode body = json(onlyRequest().getBodyAsString());
        for (JsonNode tag : body.path("tags")) {
            if (tag.path("key").asText().equals(Reconcile.CLIENT_TOKEN_TAG)) {
                return tag.path("value").asText();
            }
        }
        return null;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<html><body>gateway</body></html>",
                "{\"is_success\":true,\"job_id\":",
                "",
                "[1,2]x",
                "\"just a string\"",
                SUBMITTED + "garbage",
                SUBMITTED + SUBMITTED
            })
    void aPostAnsweredWithAnUnreadableSuccessHasAnUnknownOutcomeWithItsClientToken(String body) {
        server.stubFor(post(urlPathEqualTo(BASE + "/jobs/submit-job"))
                .willReturn(aResponse().withStatus(200).withBody(body)));
        try (LakeJobClient c = client()) {
            Throwable t = catchThrowable(() -> c.sql().submit(submit()));
            assertThat(t).isInstanceOf(OutcomeUnknownException.class);
            OutcomeUnknownException e = (OutcomeUnknownException) t;
            assertThat(e.operation()).isEqualTo("SubmitSqlJob");
            assertThat(e.clientToken()).isNotBlank().isEqualTo(sentClientToken());
            assertThat(e.getMessage()).contains(e.clientToken(), "HTTP 200");
        }
        assertThat(requests()).as("sent exactly once").hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"is_success\":true,\"message\":\"\",\"job\":{\"job_id\":1.5,\"status_name\":\"job_init\"}}",
                "{\"is_success\":true,\"message\":\"\",\"job\":{\"job_id\":\"1.5\",\"status_name\":\"job_init\"}}",
                "{\"is_success\":true,\"message\":\"\",\"job\":{\"job_id\":148}} trailing"
            })
    void aCreateWhoseAnswerIsNotExactlyTheDocumentedFormHasAnUnknownOutcome(String body) {
        server.stubFor(post(urlPathEqualTo(BASE + "/streaming/sql-jobs"))
                .willReturn(aResponse().withStatus(200).withBody(body)));
        try (LakeJobClient c = client()) {
            Throwable t = catchThrowable(() -> c.jobs()
                    .createSqlJob(CreateFlinkSqlJobRequest.builder()
                            .name("j1")
                            .sqlBody("SELECT 1")
                            .build()));
            assertThat(t).isInstanceOf(OutcomeUnknownException.class);
            assertThat(((OutcomeUnknownException) t).operation()).isEqualTo("CreateFlinkSqlJob");
        }
        assertThat(requests()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", " {\"is_success\":true}", "{}", "\n[]", "<html>", "null"})
    void trailingContentAfterAPlainSuccessIsRefusedOnTheDirectPath(String trailer) {
        server.stubFor(
                get(urlPathEqualTo(BASE + "/queues")).willReturn(aResponse().withBody(QUEUES + trailer)));
        try (LakeJobClient c = client()) {
            Throwable t = catchThrowable(() -> c.queues().list(l -> {}));
            assertThat(t).isInstanceOf(ServiceException.class);
            assertThat(((ServiceException) t).statusCode()).isEqualTo(200);
            assertThat(((ServiceException) t).errorMessage()).contains("ListQueues");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "{\"is_success\":false}", "{}"})
    void trailingContentIsRefusedOnTheTreePath(String trailer) {
        server.stubFor(
                get(urlPathEqualTo(BASE + "/queues/q1")).willReturn(aResponse().withBody(QUEUE + trailer)));
        try (LakeJobClient c = client()) {
            Throwable t = catchThrowable(() -> c.queues().get("q1"));
            assertThat(t).isInstanceOf(ServiceException.class);
            assertThat(((ServiceException) t).statusCode()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"16.5", "\"16.5\"", "1e1", "16.0"})
    void aFloatWhereAnIntegerIsDocumentedIsRefusedOnBothPaths(String cuCount) {
        server.stubFor(get(urlPathEqualTo(BASE + "/queues"))
                .willReturn(aResponse()
                        .withBody("{\"is_success\":true,\"queues\":[{\"queue_name\":\"q1\",\"cu_count\":" + cuCount
                                + "}]}")));
        server.stubFor(get(urlPathEqualTo(BASE + "/queues/q1"))
                .willReturn(aResponse()
                        .withBody("{\"is_success\":true,\"queue_name\":\"q1\",\"cu_count\":" + cuCount + "}")));
        try (LakeJobClient c = client()) {
            for (Runnable call : List.<Runnable>of(
                    () -> c.queues().list(l -> {}), () -> c.queues().get("q1"))) {
                Throwable t = catchThrowable(call::run);
                assertThat(t).as(cuCount).isInstanceOf(ServiceException.class);
                assertThat(((ServiceException) t).errorMessage()).contains("cu_count");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"16", "\"16\""})
    void integersStillReadAsBeforeIncludingAsStrings(String cuCount) {
        server.stubFor(get(urlPathEqualTo(BASE + "/queues/q1"))
                .willReturn(aResponse()
                        .withBody("{\"is_success\":true,\"queue_name\":\"q1\",\"cu_count\":" + cuCount + "}  \n")));
        try (LakeJobClient c = client()) {
            assertThat(c.queues().get("q1").queue().cuCount()).isEqualTo(16);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html>busy</html>", "{\"is_success\":true} {}"})
    void anIdempotentReadAnsweredUnreadablyStaysAServiceError(String body) {
        server.stubFor(
                get(urlPathEqualTo(BASE + "/queues/q1")).willReturn(aResponse().withBody(body)));
        try (LakeJobClient c = client()) {
            assertThat(catchThrowable(() -> c.queues().get("q1")))
                    .isInstanceOf(ServiceException.class)
                    .isNotInstanceOf(OutcomeUnknownException.class);
        }
    }
}
