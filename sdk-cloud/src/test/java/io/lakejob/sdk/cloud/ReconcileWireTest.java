package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.job.FlinkJob;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.sql.SqlJob;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reconciling lost answers (issue 9, item 12). The reference lets Flink job creates carry
 * {@code tags} (9.2 table 9-7, 9.4 table 9-18) and the job list filter by them and by name (9.7
 * {@code tags}, {@code name}), so a create whose answer is lost is found by the client-token tag it
 * was sent with; a run (9.6) carries nothing, so it is judged from the job's status and start time
 * (9.8). A throttled POST is re-sent with the same token: the service refused it.
 */
class ReconcileWireTest extends WireSupport {
    private static final String BASE = "/v1.0/" + PROJECT;
    private static final String CREATED =
            "{\"is_success\":true,\"message\":\"\",\"job\":{\"job_id\":148,\"status_name\":\"job_init\"}}";

    private static String tokenOf(LoggedRequest r) {
        for (JsonNode tag : json(r.getBodyAsString()).path("tags")) {
            if (tag.path("key").asText().equals(Reconcile.CLIENT_TOKEN_TAG)) {
                return tag.path("value").asText();
            }
        }
        return null;
    }

    private static String jobs(String... jobs) {
        return "{\"is_success\":true,\"message\":\"\",\"job_list\":{\"total_count\":" + jobs.length + ",\"jobs\":["
                + String.join(",", jobs) + "]}}";
    }

    private static String job(long id, String name, Instant created) {
        return "{\"job_id\":" + id + ",\"name\":\"" + name
                + "\",\"job_type\":\"flink_sql_job\",\"status\":\"job_init\"," + "\"create_time\":"
                + created.toEpochMilli() + ",\"start_time\":0}";
    }

    private OutcomeUnknownException lostCreate(LakeJobClient c) {
        server.stubFor(post(urlPathEqualTo(BASE + "/streaming/sql-jobs"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Throwable t =
                catchThrowable(() -> c.jobs().createSqlJob(j -> j.name("orders").sqlBody("SELECT 1")));
        assertThat(t).isInstanceOf(OutcomeUnknownException.class);
        return (OutcomeUnknownException) t;
    }

    @Test
    void flinkSqlAndJarCreatesCarryAClientTokenTagNextToTheCallersTags() {
        server.stubFor(post(urlPathEqualTo(BASE + "/streaming/sql-jobs"))
                .willReturn(aResponse().withBody(CREATED)));
        server.stubFor(post(urlPathEqualTo(BASE + "/streaming/flink-jobs"))
                .willReturn(aResponse().withBody(CREATED)));
        try (LakeJobClient c = client()) {
            c.jobs().createSqlJob(j -> j.name("a").sqlBody("SELECT 1").addTag("team", "etl"));
            c.jobs().createJarJob(j -> j.name("b").queueName("q1"));
            c.jobs().createSqlJob(j -> j.name("c").sqlBody("SELECT 1").addTag(Reconcile.CLIENT_TOKEN_TAG, "mine-1"));
        }
        List<LoggedRequest> sent = requests();
        assertThat(sent).hasSize(3);
        List<String> tokens = new ArrayList<>();
        for (LoggedRequest r : sent) {
            tokens.add(tokenOf(r));
        }
        assertThat(tokens.get(0)).matches("[0-9a-f-]{36}");
        assertThat(tokens.get(1)).matches("[0-9a-f-]{36}").isNotEqualTo(tokens.get(0));
        assertThat(tokens.get(2)).isEqualTo("mine-1");
        assertThat(json(sent.get(0).getBodyAsString()).path("tags").toString())
                .contains("{\"key\":\"team\",\"value\":\"etl\"}");
        assertThat(json(sent.get(2).getBodyAsString()).path("tags")).hasSize(1);
    }

    @Test
    void aCreateWhoseAnswerWasLostIsFoundByItsClientToken() {
        try (LakeJobClient c = client()) {
            OutcomeUnknownException e = lostCreate(c);
            String token = tokenOf(onlyRequest());
            assertThat(e.clientToken()).isEqualTo(token).isNotBlank();
            assertThat(e.operation()).isEqualTo("CreateFlinkSqlJob");
            server.stubFor(get(urlPathEqualTo(BASE + "/streaming/jobs"))
                    .withQueryParam("tags", equalTo(Reconcile.CLIENT_TOKEN_TAG + "=" + token))
                    .willReturn(aResponse().withBody(jobs(job(148, "orders", NOW)))));
            Optional<FlinkJob> found = Reconcile.findFlinkJob(c.jobs(), e);
            assertThat(found).map(FlinkJob::jobId).contains(148L);
            assertThat(Reconcile.findFlinkJob(c.jobs(), token))
                    .map(FlinkJob::jobId)
                    .contains(148L);
        }
        LoggedRequest list = requests().get(1);
        assertThat(rawQuery(list)).contains("tags=lakejob-client-token%3D");
    }

    @Test
    void aCreateThatNeverArrivedIsNotFound() {
        server.stubFor(get(urlPathEqualTo(BASE + "/streaming/jobs"))
                .willReturn(aResponse().withBody(jobs())));
        try (LakeJobClient c = client()) {
            assertThat(Reconcile.findFlinkJob(c.jobs(), lostCreate(c))).isEmpty();
        }
    }

    @Test
    void aServiceThatIgnoresTheTagFilterIsNotTakenAtItsWord() {
        server.stubFor(get(urlPathEqualTo(BASE + "/streaming/jobs"))
                .willReturn(aResponse().withBody(jobs(job(1, "x", NOW), job(2, "orders", NOW)))));
        try (LakeJobClient c = client()) {
            OutcomeUnknownException e = lostCreate(c);
            assertThatThrownBy(() -> Reconcile.findFlinkJob(c.jobs(), e))
                    .isInstanceOf(LakeJobException.class)
                    .hasMessageContaining("2 jobs")
                    .hasMessageContaining("findFlinkJobsByName");
        }
    }

    @Test
    void theFallbackFindsJobsOfOneNameCreatedInAWindowNewestFirst() {
        Instant from = NOW.minusSeconds(60);
        Instant to = NOW.plusSeconds(60);
        server.stubFor(get(urlPathEqualTo(BASE + "/streaming/jobs"))
                .withQueryParam("name", equalTo("orders"))
                .willReturn(aResponse()
                        .withBody(jobs(
                                job(5, "orders", NOW.minusSeconds(3600)),
                                job(6, "orders_v2", NOW),
                                job(7, "orders", NOW.minusSeconds(30)),
                                job(8, "orders", NOW.plusSeconds(10))))));
        try (LakeJobClient c = client()) {
            List<FlinkJob> found = Reconcile.findFlinkJobsByName(c.jobs(), "orders", from, to);
            assertThat(found).extracting(FlinkJob::jobId).containsExactly(8L, 7L);
            assertThatThrownBy(() -> Reconcile.findFlinkJobsByName(c.jobs(), "orders", to, from))
                    .isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void aRunWhoseAnswerWasLostIsJudgedFromTheJobsStatusAndStartTime() {
        Instant before = NOW;
        Map<String, String> details = Map.of(
                "running", detail(11, "job_running", 0),
                "submitting", detail(12, "job_submitting", 0),
                "stoppedEarlier",
                        detail(
                                13,
                                "job_cancel_success",
                                before.minusSeconds(600).toEpochMilli()),
                "failedAfter",
                        detail(14, "job_submit_fail", before.plusSeconds(5).toEpochMilli()),
                "draft", detail(15, "job_init", 0));
        long[] ids = {11, 12, 13, 14, 15};
        int i = 0;
        for (String d : List.of("running", "submitting", "stoppedEarlier", "failedAfter", "draft")) {
            server.stubFor(get(urlPathEqualTo(BASE + "/streaming/jobs/" + ids[i++]))
                    .willReturn(aResponse().withBody(details.get(d))));
        }
        server.stubFor(post(urlPathEqualTo(BASE + "/streaming/jobs/run"))
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        try (LakeJobClient c = client()) {
            Throwable t = catchThrowable(() -> c.jobs().run(11));
            assertThat(t).isInstanceOf(OutcomeUnknownException.class);
            assertThat(Reconcile.findRun(c.jobs(), 11, before))
                    .map(FlinkJobDetail::jobId)
                    .contains(11L);
            assertThat(Reconcile.findRun(c.jobs(), 12, before)).isPresent();
            assertThat(Reconcile.findRun(c.jobs(), 13, before)).isEmpty();
            assertThat(Reconcile.findRun(c.jobs(), 14, before)).isPresent();
            assertThat(Reconcile.findRun(c.jobs(), 15, before)).isEmpty();
        }
    }

    private static String detail(long id, String status, long startTime) {
        return "{\"is_success\":true,\"message\":\"\",\"job_detail\":{\"job_id\":" + id + ",\"name\":\"j\","
                + "\"job_type\":\"flink_sql_job\",\"status\":\"" + status + "\",\"create_time\":"
                + NOW.minusSeconds(86_400).toEpochMilli() + ",\"start_time\":" + startTime + "}}";
    }

    @Test
    void anOutcomeOfAnotherOperationOrWithoutTokenIsRefused() {
        try (LakeJobClient c = client()) {
            OutcomeUnknownException submit = new OutcomeUnknownException("SubmitSqlJob", "t-1", null);
            assertThatThrownBy(() -> Reconcile.findFlinkJob(c.jobs(), submit))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("findSqlJob");
            OutcomeUnknownException run = new OutcomeUnknownException("RunFlinkJobs", null, null);
            assertThatThrownBy(() -> Reconcile.findFlinkJob(c.jobs(), run))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("findRun");
            assertThatThrownBy(() -> Reconcile.findFlinkJob(c.jobs(), "a,b")).isInstanceOf(ValidationException.class);
        }
        assertThat(requests()).isEmpty();
    }

    @Test
    void aThrottledCreateIsResentWithTheSameClientToken() {
        String path = BASE + "/streaming/sql-jobs";
        server.stubFor(post(urlPathEqualTo(path))
                .inScenario("throttled")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "0")
                        .withBody("{\"error_msg\":\"too many requests\"}"))
                .willSetStateTo("ok"));
        server.stubFor(post(urlPathEqualTo(path))
                .inScenario("throttled")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withBody(CREATED)));
        try (LakeJobClient c = client()) {
            assertThat(c.jobs()
                            .createSqlJob(j -> j.name("orders").sqlBody("SELECT 1"))
                            .job()
                            .jobId())
                    .isEqualTo(148L);
        }
        List<LoggedRequest> sent = requests();
        assertThat(sent).hasSize(2);
        assertThat(tokenOf(sent.get(0))).isNotNull().isEqualTo(tokenOf(sent.get(1)));
    }

    @Test
    void aLostSqlSubmitIsFoundByItsClientToken() {
        server.stubFor(post(urlPathEqualTo(BASE + "/jobs/submit-job"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (LakeJobClient c = client()) {
            OutcomeUnknownException e =
                    (OutcomeUnknownException) catchThrowable(() -> c.sql().submit("SELECT 1", "q1"));
            server.stubFor(get(urlPathEqualTo(BASE + "/jobs"))
                    .withQueryParam("tags", equalTo(Reconcile.CLIENT_TOKEN_TAG + "=" + e.clientToken()))
                    .willReturn(aResponse()
                            .withBody("{\"is_success\":true,\"message\":\"\",\"job_count\":1,\"jobs\":[{\"job_id\":"
                                    + "\"5d2f2e6c-6a6d-4d4b-9b8a-2f1e0c6b7a11\",\"status\":\"RUNNING\"}]}")));
            assertThat(Reconcile.findSqlJob(c.sql(), e))
                    .map(SqlJob::jobId)
                    .contains("5d2f2e6c-6a6d-4d4b-9b8a-2f1e0c6b7a11");
        }
    }
}
