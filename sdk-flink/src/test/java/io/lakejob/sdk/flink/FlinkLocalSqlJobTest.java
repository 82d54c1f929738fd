package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.JobStateException;
import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.flink.ResultRow;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.queue.ListQueuesRequest;
import io.lakejob.sdk.model.queue.Queue;
import io.lakejob.sdk.model.queue.QueueType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LakeJobFlinkExtension.class)
class FlinkLocalSqlJobTest {
    static final String ORDERS = "CREATE TABLE Orders (\n"
            + "  order_number INT,\n"
            + "  price DECIMAL(32,2),\n"
            + "  order_time TIMESTAMP(3)\n"
            + ") WITH (\n"
            + "  'connector' = 'datagen',\n"
            + "  'fields.order_number.kind' = 'sequence',\n"
            + "  'fields.order_number.start' = '1',\n"
            + "  'fields.order_number.end' = '%d'\n"
            + ");\n"
            + "SELECT 1 AS ordertotal, SUM(order_number) * 2 AS numtotal FROM Orders";

    static final String ENDLESS = "CREATE TABLE Ticks (n BIGINT) WITH ("
            + "'connector' = 'datagen', 'rows-per-second' = '50');\n"
            + "SELECT n FROM Ticks";

    @Test
    void boundedSqlJobRunsToTheEndAndItsRowsCanBeRead(LakeJobClient client) {
        long id = client.jobs()
                .createSqlJob(j -> j.name("orders_agg")
                        .sqlBody(String.format(ORDERS, 1000))
                        .parallelNumber(1))
                .job()
                .jobId();
        assertThat(client.jobs().get(id).jobDetail().status()).isEqualTo(JobStatus.JOB_INIT);

        List<JobStatus> seen = new ArrayList<>();
        FlinkJobsBatchResponse run = client.jobs().run(id);
        assertThat(run.results()).singleElement().satisfies(r -> assertThat(r.isSuccess())
                .isTrue());

        FlinkJobDetail done = client.jobs()
                .waitUntil(
                        id,
                        Set.of(JobStatus.JOB_FINISH),
                        io.lakejob.sdk.WaitOptions.timeout(Duration.ofMinutes(2))
                                .withPollInterval(Duration.ofMillis(50)),
                        (before, now, at) -> seen.add(now))
                .jobDetail();
        assertThat(done.status()).isEqualTo(JobStatus.JOB_FINISH);
        assertThat(seen).last().isEqualTo(JobStatus.JOB_FINISH);

        SqlExecutionResult data = client.flink().jobData(String.valueOf(id));
        assertThat(data.columns()).containsExactly("ordertotal", "numtotal");
        assertThat(data.rows()).singleElement().satisfies(row -> {
            assertThat(row.get("ordertotal")).isEqualTo(1);
            assertThat(((Number) row.get("numtotal")).longValue()).isEqualTo(1001000L);
        });
        // The same data is reachable by the Flink job id, a 32-hex string.
        assertThat(data.jobId()).matches("[0-9a-f]{32}");
        assertThat(client.flink().jobData(data.jobId()).rows()).isEqualTo(data.rows());
    }

    @Test
    void runningJobStopsWithASavepointOnDisk(LakeJobClient client) throws Exception {
        long id = client.jobs()
                .createSqlJob(j -> j.name("ticks").sqlBody(ENDLESS))
                .job()
                .jobId();
        client.jobs().run(id);
        client.jobs().waitUntil(id, JobStatus.JOB_RUNNING, Duration.ofMinutes(2));
        // A savepoint needs every task running; stop-with-savepoint is retried by the test until Flink accepts it.
        FlinkJobsBatchResponse stop = client.jobs().stop(id, true);
        for (int i = 0; i < 50 && !stop.results().get(0).isSuccess(); i++) {
            client.jobs().waitUntil(id, Set.of(JobStatus.JOB_RUNNING, JobStatus.JOB_CANCELING), Duration.ofSeconds(30));
            if (client.jobs().get(id).jobDetail().status().equals(JobStatus.JOB_CANCELING)) {
                break;
            }
            stop = client.jobs().stop(id, true);
        }
        assertThat(stop.results().get(0).isSuccess())
                .as(stop.results().get(0).message())
                .isTrue();
        FlinkJobDetail d = client.jobs()
                .waitUntil(id, JobStatus.JOB_CANCEL_SUCCESS, Duration.ofMinutes(1))
                .jobDetail();
        assertThat(d.savepointPath()).isNotBlank();
        assertThat(Files.isDirectory(Path.of(URI.create(d.savepointPath())))).isTrue();
        assertThat(client.flink().jobData(String.valueOf(id)).rows()).isNotEmpty();
    }

    @Test
    void badSqlFailsTheSubmissionNamingTheStatementAndLine(LakeJobClient client) {
        long id = client.jobs()
                .createSqlJob(j -> j.name("bad")
                        .sqlBody("CREATE TABLE T (a INT) WITH ('connector'='datagen');\n" + "SELECT nope FROM T"))
                .job()
                .jobId();
        client.jobs().run(id);
        assertThatThrownBy(() -> client.jobs().waitUntil(id, JobStatus.JOB_FINISH, Duration.ofMinutes(1)))
                .isInstanceOf(JobStateException.class)
                .hasMessageContaining("job_submit_fail");
        FlinkJobDetail d = client.jobs().get(id).jobDetail();
        assertThat(d.statusDesc()).contains("Statement 2 (line 2)").contains("nope");
    }

    @Test
    void scriptsMixingInsertsAndAQueryAreRejectedBeforeAnyJobRuns(LakeJobClient client) {
        assertThatThrownBy(() -> client.jobs().createSqlJob(j -> j.name("mixed")
                        .sqlBody("CREATE TABLE T (a INT) WITH ('connector'='datagen');"
                                + "INSERT INTO T SELECT 1; SELECT * FROM T")))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0001"));
    }

    @Test
    void queuesAreNamedTargetsWithADefault(LakeJobClient client) {
        assertThat(client.queues().get("default").queue().queueName()).isEqualTo("default");
        client.queues().create(q -> q.queueName("Etl_Queue").cuCount(16).queueType(QueueType.GENERAL));
        assertThat(client.queues().get("etl_queue").queue().cuCount()).isEqualTo(16);
        assertThatThrownBy(() ->
                        client.queues().create(q -> q.queueName("etl_queue").cuCount(16)))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0006"));
        List<String> names =
                client
                        .queues()
                        .listAll(ListQueuesRequest.builder()
                                .queueType(QueueType.ALL)
                                .pageSize(1)
                                .build())
                        .stream()
                        .map(Queue::queueName)
                        .collect(Collectors.toList());
        assertThat(names).contains("default", "etl_queue").isSorted();

        long id = client.jobs()
                .createSqlJob(j -> j.name("on_etl").queueName("etl_queue").sqlBody(ENDLESS))
                .job()
                .jobId();
        client.jobs().run(id);
        client.jobs().waitUntil(id, JobStatus.JOB_RUNNING, Duration.ofMinutes(2));
        assertThatThrownBy(() -> client.queues().delete("etl_queue"))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0012"));
        client.jobs().stop(id, false);
        client.jobs().waitUntil(id, JobStatus.JOB_CANCEL_SUCCESS, Duration.ofMinutes(1));
        client.queues().delete("etl_queue");
        assertThatThrownBy(() -> client.queues().get("etl_queue"))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0002"));
    }

    @Test
    void executeSqlReturnsRowsAndAutoCancelsAtTheLimit(LakeJobClient client) {
        SqlExecutionResult bounded = client.flink()
                .executeSql(s ->
                        s.statement(String.format(ORDERS, 10)).useResult(true).maxRowNum(100));
        assertThat(bounded.success()).isTrue();
        assertThat(bounded.rows()).singleElement().satisfies(r -> assertThat(((Number) r.get("numtotal")).longValue())
                .isEqualTo(110L));

        SqlExecutionResult endless = client.flink()
                .executeSql(s ->
                        s.statement(ENDLESS).useResult(true).useAutoCancel(true).maxRowNum(5));
        assertThat(endless.rows()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(client.flink().jobData(endless.jobId()).status().value()).isIn("CANCELLING", "CANCELED");

        SqlExecutionResult changelog = client.flink()
                .executeSql(s ->
                        s.statement(String.format(ORDERS, 3)).useResult(true).useChangeLog(true));
        assertThat(changelog.columns()).first().isEqualTo(ResultRow.OP_COLUMN);
        assertThat(changelog.rows())
                .extracting(r -> r.get("op"))
                .contains("+I")
                .last()
                .isEqualTo("+U");
    }

    @Test
    void operationsWithoutFlinkMeaningAreNotSupported(LakeJobClient client) {
        assertThat(client.transportName()).isEqualTo("flink");
        assertThat(client.capabilities().operations()).contains("CreateFlinkSqlJob", "RunFlinkJobs", "ExecuteSql");
        assertThatThrownBy(() -> client.batches().state("batch-1"))
                .isInstanceOfSatisfying(NotSupportedException.class, e -> {
                    assertThat(e.operation()).isEqualTo("GetBatchState");
                    assertThat(e.transport()).isEqualTo("flink");
                });
    }
}
