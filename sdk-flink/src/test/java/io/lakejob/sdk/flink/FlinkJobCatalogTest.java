package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.job.JobStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Flink SQL jobs see the client's DLI catalog as {@code dli}, next to their own tables. */
@ExtendWith(LakeJobFlinkExtension.class)
class FlinkJobCatalogTest {

    @Test
    void aFlinkSqlJobReadsATableOfTheCatalog(LakeJobClient client) throws Exception {
        String db = SqlStatementJobTest.dbWithPeople(client);
        String sql = "CREATE TABLE Extra (a INT) WITH ('connector'='datagen','number-of-rows'='2');\n"
                + "SELECT (SELECT COUNT(*) FROM dli." + db
                + ".people) AS people, (SELECT COUNT(*) FROM Extra) AS extra";
        long id = client.jobs()
                .createSqlJob(j -> j.name("reads-" + db).sqlBody(sql))
                .jobId();
        client.jobs().run(id);
        client.jobs().waitUntil(id, JobStatus.JOB_FINISH, Duration.ofMinutes(2));
        var row = client.flink().jobData(String.valueOf(id)).rows().get(0);
        assertThat(((Number) row.get("people")).longValue()).isEqualTo(3L);
        assertThat(((Number) row.get("extra")).longValue()).isEqualTo(2L);
        // The job's own DDL stayed out of the shared catalog.
        assertThat(client.catalog().listAllTables("default").stream()
                        .anyMatch(t -> t.tableName().equalsIgnoreCase("Extra")))
                .isFalse();
    }
}
