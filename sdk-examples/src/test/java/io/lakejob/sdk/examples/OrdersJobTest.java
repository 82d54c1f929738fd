package io.lakejob.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.catalog.Column;
import io.lakejob.sdk.model.catalog.DataLocation;
import io.lakejob.sdk.model.flink.ResultRow;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.JobStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LakeJobFlinkExtension.class)
class OrdersJobTest {
    static final Duration WAIT = Duration.ofMinutes(2);

    /** Orders 1..N, 200 a second from a checkpointed sequence, counted and summed. */
    static String orders(int n) {
        return """
                CREATE TABLE orders (order_number INT) WITH (
                  'connector' = 'datagen',
                  'rows-per-second' = '200',
                  'fields.order_number.kind' = 'sequence',
                  'fields.order_number.start' = '1',
                  'fields.order_number.end' = '%d'
                );
                SELECT COUNT(*) AS order_count, SUM(order_number) AS total FROM orders
                """
                .formatted(n);
    }

    static long start(LakeJobClient client, String name, String sql) {
        long id = client.jobs()
                .createSqlJob(j -> j.name(name).sqlBody(sql).parallelNumber(1))
                .jobId();
        client.jobs().run(id);
        return id;
    }

    static ResultRow lastRow(LakeJobClient client, long id) {
        List<ResultRow> rows = client.flink().jobData(String.valueOf(id)).rows();
        return rows.get(rows.size() - 1);
    }

    /** Polls the job's result (every 20 ms, for at most {@link #WAIT}) until it has a row. */
    static void awaitFirstRows(LakeJobClient client, long id) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (client.flink().jobData(String.valueOf(id)).rows().isEmpty()) {
            assertThat(System.nanoTime())
                    .as("job %d has no rows after %s", id, WAIT)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void aJobsRows(LakeJobClient client) {
        long id = start(client, "orders", orders(100));
        client.jobs().waitUntil(id, JobStatus.JOB_FINISH, WAIT);
        assertThat(lastRow(client, id).get("order_count")).isEqualTo(100L);
        assertThat(lastRow(client, id).get("total")).isEqualTo(5050);
    }

    @Test
    void aCatalogTable(LakeJobClient client) {
        client.catalog().createDatabase("harness_shop");
        client.catalog().createTable(t -> t.databaseName("harness_shop")
                .tableName("customers")
                .dataLocation(DataLocation.DLI)
                .columns(List.of(Column.of("id", "int"), Column.of("name", "string"))));
        long id = start(client, "fill", "INSERT INTO dli.harness_shop.customers VALUES (1, 'ann'), (2, 'bob')");
        client.jobs().waitUntil(id, JobStatus.JOB_FINISH, WAIT);
        assertThat(client.catalog().previewTable("harness_shop", "customers").rows())
                .containsExactlyInAnyOrder(List.of("1", "ann"), List.of("2", "bob"));
    }

    @Test
    void aStopWithSavepointAndAResume(LakeJobClient client) throws InterruptedException {
        long id = start(client, "orders_resumed", orders(3000));
        client.jobs().waitUntil(id, JobStatus.JOB_RUNNING, WAIT);
        awaitFirstRows(client, id); // stop mid-stream, once some orders are counted

        client.jobs().stop(id, true);
        FlinkJobDetail stopped =
                client.jobs().waitUntil(id, JobStatus.JOB_CANCEL_SUCCESS, WAIT).jobDetail();
        assertThat(stopped.savepointPath()).isNotNull();
        assertThat((Long) lastRow(client, id).get("order_count")).isLessThan(3000L);

        client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true));
        client.jobs().waitUntil(id, JobStatus.JOB_FINISH, WAIT);
        // Every order counted once across the stop: the resumed run went on from the savepoint.
        assertThat(lastRow(client, id).get("order_count")).isEqualTo(3000L);
        assertThat(lastRow(client, id).get("total")).isEqualTo(4501500);
    }
}
