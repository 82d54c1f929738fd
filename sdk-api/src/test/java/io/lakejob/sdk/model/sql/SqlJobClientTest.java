package io.lakejob.sdk.model.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.SqlJobClient;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.exception.JobStateException;
import io.lakejob.sdk.exception.LakeJobTimeoutException;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.DefaultLakeJobClient;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.HttpMethod;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.Operations;
import io.lakejob.sdk.spi.SqlJobOperations;
import io.lakejob.sdk.testing.RecordingTransport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SqlJobClientTest {
    private static final String JOB = "208b08d4-0dc2-4dd7-8879-ddd4c020d7aa";

    /** A clock moved only by the fake sleeper. */
    static final class FakeClock extends Clock {
        private Instant now = Instant.parse("2024-01-01T00:00:00Z");

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
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final RecordingTransport transport = new RecordingTransport();
    private final FakeClock clock = new FakeClock();
    private final List<Duration> sleeps = new ArrayList<>();

    private SqlJobClient fakeTimeClient() {
        ClientConfiguration config = new ClientConfiguration(
                "test:recording",
                null,
                null,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                RetryPolicy.standard(),
                clock,
                null,
                Map.of());
        return new DefaultLakeJobClient(config, transport, d -> {
                    sleeps.add(d);
                    clock.advance(d);
                })
                .sql();
    }

    private static GetSqlJobStatusResponse status(SqlJobStatus s, String message) {
        return GetSqlJobStatusResponse.builder()
                .isSuccess(true)
                .message(message)
                .jobId(JOB)
                .jobType(SqlJobType.QUERY)
                .status(s)
                .build();
    }

    private void script(SqlJobStatus... statuses) {
        Deque<SqlJobStatus> queue = new ArrayDeque<>(List.of(statuses));
        transport.answer(SqlJobOperations.GET_SQL_JOB_STATUS, r -> {
            assertThat(r.jobId()).isEqualTo(JOB);
            SqlJobStatus s = queue.size() > 1 ? queue.poll() : queue.peek();
            return status(s, "");
        });
    }

    // ------------------------------------------------------------------ catalogue

    @Test
    void catalogueHoldsTheElevenOperationsOfTheReference() {
        List<Operation<?, ?>> ops = Operations.all().stream()
                .filter(o -> o.group() == OperationGroup.SQL_JOBS)
                .collect(Collectors.toList());
        assertThat(ops)
                .extracting(Operation::section)
                .containsExactly(
                        "7.3.1", "7.3.2", "7.3.3", "7.3.4", "7.3.5", "7.3.6", "7.3.7", "7.3.8", "7.3.9", "7.3.10",
                        "7.3.11");
        assertThat(SqlJobOperations.GET_SQL_JOB_PROGRESS.pathTemplate())
                .isEqualTo("/v1/{project_id}/jobs/{job_id}/progress");
        assertThat(SqlJobOperations.CANCEL_SQL_JOB.method()).isEqualTo(HttpMethod.DELETE);
        assertThat(SqlJobOperations.SUBMIT_SQL_JOB.pathTemplate()).isEqualTo("/v1.0/{project_id}/jobs/submit-job");
        assertThat(Operations.byName("SubmitSqlJob")).containsSame(SqlJobOperations.SUBMIT_SQL_JOB);
    }

    @Test
    void catalogueMatchesTheEndpointList() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/lakejob/sdk/dli-endpoints.tsv")) {
            assertThat(in).isNotNull();
            List<String[]> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(l -> l.split("\t"))
                    .filter(c -> c.length >= 3 && c[0].startsWith("7.3."))
                    .collect(Collectors.toList());
            assertThat(rows).hasSize(11);
            for (String[] row : rows) {
                Operation<?, ?> op = Operations.all().stream()
                        .filter(o -> o.section().equals(row[0]))
                        .findFirst()
                        .orElseThrow();
                assertThat(op.method().name()).isEqualTo(row[1]);
                assertThat(op.pathTemplate()).isEqualTo(row[2]);
            }
        }
    }

    // ------------------------------------------------------------------ operations

    @Test
    void clientSendsTheRightOperationsAndRequests() {
        SqlJobStartedResponse started = new SqlJobStartedResponse(true, "", JOB, SqlJobMode.ASYNC);
        transport
                .answer(
                        SqlJobOperations.SUBMIT_SQL_JOB,
                        r -> new SubmitSqlJobResponse(true, "", JOB, SqlJobType.QUERY, null, null, SqlJobMode.ASYNC))
                .answer(SqlJobOperations.CANCEL_SQL_JOB, r -> BasicResponse.success(""))
                .answer(SqlJobOperations.IMPORT_TABLE, r -> started)
                .answer(SqlJobOperations.EXPORT_TABLE, r -> started)
                .answer(SqlJobOperations.EXPORT_SQL_JOB_RESULT, r -> started)
                .answer(
                        SqlJobOperations.PREVIEW_SQL_JOB_RESULT,
                        r -> new PreviewSqlJobResultResponse(
                                true,
                                "",
                                r.jobId(),
                                SqlJobType.QUERY,
                                1,
                                74L,
                                List.of(SqlColumn.of("c1", "int")),
                                List.of(List.of(23))))
                .answer(
                        SqlJobOperations.GET_SQL_JOB_DETAIL,
                        r -> GetSqlJobDetailResponse.builder().jobId(r.jobId()).build())
                .answer(
                        SqlJobOperations.GET_SQL_JOB_PROGRESS,
                        r -> new GetSqlJobProgressResponse(true, "", r.jobId(), SqlJobStatus.RUNNING, 0, 0.0, null))
                .answer(SqlJobOperations.CHECK_SQL, r -> new CheckSqlResponse(true, "the sql is ok", SqlJobType.QUERY))
                .answer(SqlJobOperations.GET_SQL_JOB_STATUS, r -> status(SqlJobStatus.RUNNING, ""));
        try (LakeJobClient client = transport.client()) {
            SqlJobClient sql = client.sql();

            assertThat(sql.submit("select * from tb1 limit 10", "queue1").jobId())
                    .isEqualTo(JOB);
            assertThat(transport.lastCall().operation()).isSameAs(SqlJobOperations.SUBMIT_SQL_JOB);
            assertThat(transport.lastCall().request())
                    .isEqualTo(SubmitSqlJobRequest.of("select * from tb1 limit 10", "queue1"));

            sql.submit(b -> b.sql("desc t").currentdb("db1").addConf("spark.sql.shuffle.partitions", "200"));
            assertThat(((SubmitSqlJobRequest) transport.lastCall().request()).conf())
                    .containsExactly("spark.sql.shuffle.partitions=200");

            sql.cancel(JOB);
            assertThat(transport.lastCall().operation()).isSameAs(SqlJobOperations.CANCEL_SQL_JOB);
            assertThat(transport.lastCall().request()).isEqualTo(CancelSqlJobRequest.of(JOB));

            sql.importTable(b -> b.dataPath("obs://b/t1.csv")
                    .dataType(SqlDataType.CSV)
                    .databaseName("db2")
                    .tableName("t2"));
            assertThat(transport.lastCall().operation()).isSameAs(SqlJobOperations.IMPORT_TABLE);

            sql.exportTable(b -> b.dataPath("obs://b/out")
                    .dataType(SqlDataType.JSON)
                    .databaseName("db2")
                    .tableName("t2")
                    .compress(Compression.GZIP));
            assertThat(transport.lastCall().operation()).isSameAs(SqlJobOperations.EXPORT_TABLE);

            sql.exportResult(b -> b.jobId(JOB)
                    .dataPath("obs://b/res")
                    .dataType(SqlDataType.CSV)
                    .limitNum(10));
            assertThat(transport.lastCall().operation()).isSameAs(SqlJobOperations.EXPORT_SQL_JOB_RESULT);
            assertThat(((ExportSqlJobResultRequest) transport.lastCall().request()).limitNum())
                    .isEqualTo(10);

            assertThat(sql.preview(JOB).rows()).containsExactly(List.of(23));
            assertThat(transport.lastCall().request()).isEqualTo(PreviewSqlJobResultRequest.of(JOB));
            sql.preview(b -> b.jobId(JOB).pageSize(10L).queueName("q1"));
            assertThat(((PreviewSqlJobResultRequest) transport.lastCall().request()).pageSize())
                    .isEqualTo(10L);

            assertThat(sql.detail(JOB).jobId()).isEqualTo(JOB);
            assertThat(transport.lastCall().operation()).isSameAs(SqlJobOperations.GET_SQL_JOB_DETAIL);

            assertThat(sql.progress(JOB).status()).isEqualTo(SqlJobStatus.RUNNING);
            assertThat(transport.lastCall().request()).isEqualTo(GetSqlJobProgressRequest.of(JOB));

            assertThat(sql.checkSql("select * from t1", "db1").jobType()).isEqualTo(SqlJobType.QUERY);
            assertThat(transport.lastCall().request()).isEqualTo(CheckSqlRequest.of("select * from t1", "db1"));

            assertThat(sql.status(JOB).status()).isEqualTo(SqlJobStatus.RUNNING);
            assertThat(transport.lastCall().operation()).isSameAs(SqlJobOperations.GET_SQL_JOB_STATUS);
        }
    }

    @Test
    void invalidRequestsNeverReachTheTransport() {
        try (LakeJobClient client = transport.client()) {
            assertThatThrownBy(() -> client.sql().cancel("../other"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                            .isEqualTo("job_id"));
            assertThatThrownBy(() -> client.sql().submit(" ", "q"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                            .isEqualTo("sql"));
            assertThatThrownBy(() -> client.sql().status("a%2Fb")).isInstanceOf(ValidationException.class);
        }
        assertThat(transport.calls()).isEmpty();
    }

    @Test
    void listAllFollowsPagesUntilTheTotal() {
        List<SqlJob> all = IntStream.range(0, 7)
                .mapToObj(i -> SqlJob.builder()
                        .jobId("job-" + i)
                        .status(SqlJobStatus.FINISHED)
                        .build())
                .collect(Collectors.toList());
        transport.answer(SqlJobOperations.LIST_SQL_JOBS, r -> {
            assertThat(r.queueName()).isEqualTo("queue1");
            if (r.currentPage() == null) {
                return new ListSqlJobsResponse(true, "", 7, all);
            }
            int from = (r.currentPage() - 1) * r.pageSize();
            return new ListSqlJobsResponse(
                    true, "", 7, all.subList(Math.min(from, 7), Math.min(from + r.pageSize(), 7)));
        });
        try (LakeJobClient client = transport.client()) {
            List<String> ids = client
                    .sql()
                    .listAll(b -> b.pageSize(3).currentPage(9).queueName("queue1"))
                    .stream()
                    .map(SqlJob::jobId)
                    .collect(Collectors.toList());
            assertThat(ids).containsExactly("job-0", "job-1", "job-2", "job-3", "job-4", "job-5", "job-6");
            assertThat(transport.calls()).hasSize(3);
            assertThat(transport.calls())
                    .extracting(c -> ((ListSqlJobsRequest) c.request()).currentPage())
                    .containsExactly(1, 2, 3);
            client.sql().list(b -> b.jobStatus(SqlJobStatus.RUNNING).queueName("queue1"));
            assertThat(((ListSqlJobsRequest) transport.lastCall().request()).jobStatus())
                    .isEqualTo(SqlJobStatus.RUNNING);
        }
    }

    @Test
    void listAllStopsAtTheReportedTotalEvenOnFullPages() {
        transport.answer(
                SqlJobOperations.LIST_SQL_JOBS,
                r -> new ListSqlJobsResponse(
                        true,
                        "",
                        4,
                        List.of(
                                SqlJob.builder().jobId("a" + r.currentPage()).build(),
                                SqlJob.builder().jobId("b" + r.currentPage()).build())));
        try (LakeJobClient client = transport.client()) {
            assertThat(client.sql()
                            .listAll(ListSqlJobsRequest.builder().pageSize(2).build()))
                    .extracting(SqlJob::jobId)
                    .containsExactly("a1", "b1", "a2", "b2");
            assertThat(transport.calls()).hasSize(2);
        }
    }

    // ------------------------------------------------------------------ waiters

    @Test
    void waiterReportsEachChangeAndReturnsAtTheTarget() {
        script(
                SqlJobStatus.LAUNCHING,
                SqlJobStatus.LAUNCHING,
                SqlJobStatus.RUNNING,
                SqlJobStatus.RUNNING,
                SqlJobStatus.FINISHED);
        List<String> seen = new ArrayList<>();
        GetSqlJobStatusResponse r = fakeTimeClient()
                .waitUntil(
                        JOB,
                        Set.of(SqlJobStatus.FINISHED),
                        WaitOptions.timeout(Duration.ofMinutes(1)).withPollInterval(Duration.ofSeconds(5)),
                        (prev, cur, at) -> seen.add(prev + "->" + cur));
        assertThat(r.status()).isEqualTo(SqlJobStatus.FINISHED);
        assertThat(seen).containsExactly("null->LAUNCHING", "LAUNCHING->RUNNING", "RUNNING->FINISHED");
        assertThat(transport.calls()).hasSize(5);
        assertThat(sleeps).hasSize(4).allMatch(d -> d.equals(Duration.ofSeconds(5)));
    }

    @Test
    void waitUntilFinishedReturnsAtOnceForAFinishedJob() {
        script(SqlJobStatus.FINISHED);
        assertThat(fakeTimeClient()
                        .waitUntilFinished(JOB, Duration.ofSeconds(10))
                        .status())
                .isEqualTo(SqlJobStatus.FINISHED);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void waitingForRunningStopsAtRunning() {
        script(SqlJobStatus.LAUNCHING, SqlJobStatus.SCALING, SqlJobStatus.RUNNING, SqlJobStatus.FINISHED);
        assertThat(fakeTimeClient()
                        .waitUntil(JOB, SqlJobStatus.RUNNING, Duration.ofMinutes(1))
                        .status())
                .isEqualTo(SqlJobStatus.RUNNING);
        assertThat(transport.calls()).hasSize(3);
    }

    @Test
    void terminalFailureRaisesJobStateExceptionWithTheServiceMessage() {
        Deque<GetSqlJobStatusResponse> answers = new ArrayDeque<>(
                List.of(status(SqlJobStatus.RUNNING, ""), status(SqlJobStatus.FAILED, "Table or view not found: tb9")));
        transport.answer(SqlJobOperations.GET_SQL_JOB_STATUS, r -> answers.poll());
        assertThatThrownBy(() -> fakeTimeClient().waitUntilFinished(JOB, Duration.ofMinutes(1)))
                .isInstanceOfSatisfying(JobStateException.class, e -> {
                    assertThat(e.jobId()).isEqualTo(JOB);
                    assertThat(e.status()).isEqualTo("FAILED");
                    assertThat(e.getMessage()).contains("Table or view not found: tb9");
                });
    }

    @Test
    void cancelledIsTerminalButCanBeATarget() {
        script(SqlJobStatus.RUNNING, SqlJobStatus.CANCELLED);
        assertThatThrownBy(() -> fakeTimeClient().waitUntilFinished(JOB, Duration.ofMinutes(1)))
                .isInstanceOfSatisfying(
                        JobStateException.class, e -> assertThat(e.status()).isEqualTo("CANCELLED"));
        script(SqlJobStatus.RUNNING, SqlJobStatus.CANCELLED);
        assertThat(fakeTimeClient()
                        .waitUntil(JOB, SqlJobStatus.TERMINAL, WaitOptions.timeout(Duration.ofMinutes(1)), null)
                        .status())
                .isEqualTo(SqlJobStatus.CANCELLED);
    }

    @Test
    void timeoutRaisesLakeJobTimeoutExceptionWithoutSleepingPastTheDeadline() {
        script(SqlJobStatus.RUNNING);
        assertThatThrownBy(() -> fakeTimeClient()
                        .waitUntil(
                                JOB,
                                Set.of(SqlJobStatus.FINISHED),
                                WaitOptions.timeout(Duration.ofSeconds(5)).withPollInterval(Duration.ofSeconds(2)),
                                null))
                .isInstanceOfSatisfying(LakeJobTimeoutException.class, e -> assertThat(e.timeout())
                        .isEqualTo(Duration.ofSeconds(5)));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    @Test
    void waiterValidatesItsArgumentsBeforePolling() {
        SqlJobClient sql = fakeTimeClient();
        WaitOptions opts = WaitOptions.timeout(Duration.ofSeconds(5));
        assertThatThrownBy(() -> sql.waitUntil("../x", Set.of(SqlJobStatus.FINISHED), opts, null))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("job_id"));
        assertThatThrownBy(() -> sql.waitUntil(JOB, Set.of(), opts, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> sql.waitUntil(JOB, Set.of(SqlJobStatus.FINISHED), null, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> sql.waitUntil(JOB, (SqlJobStatus) null, Duration.ofSeconds(1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> sql.waitUntilFinished(JOB, null))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("timeout"));
        assertThat(transport.calls()).isEmpty();
    }
}
