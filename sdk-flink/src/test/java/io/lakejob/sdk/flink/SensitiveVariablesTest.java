package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.flink.SqlExplainResult;
import io.lakejob.sdk.model.flink.StatementExplain;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.ListFlinkJobsRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sensitive global variable's value is substituted into the SQL that runs, and appears nowhere
 * the client returns or stores: jobs keep their SQL as written, explain and plan output, errors that
 * echo SQL, status descriptions and the metadata files show it masked.
 */
class SensitiveVariablesTest {
    private static final String SECRET = "s3cr3t-Value-42";

    @Test
    void aSensitiveValueRunsButIsNeverReturnedOrStored(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("meta");
        try (LakeJobClient c = MetadataStoreDirectoryTest.client(dir)) {
            c.variables().create(v -> v.varName("pw").varValue(SECRET).isSensitive(true));
            // The value is used (both rows pass only with its 15 characters substituted).
            String counts = "SELECT COUNT(*) AS c FROM (VALUES ('a'), ('b')) AS t(x) WHERE CHAR_LENGTH('${pw}') = "
                    + SECRET.length();
            SqlExecutionResult ran = c.flink().executeSql(s -> s.statement(counts)
                    .jobName("secret_count")
                    .batchMode(true)
                    .useResult(true));
            assertThat(ran.success()).as(ran.error()).isTrue();
            long id = jobNamed(c, "secret_count");
            c.jobs().waitUntil(id, JobStatus.JOB_FINISH, Duration.ofMinutes(2));
            assertThat(c.flink().jobData(ran.jobId()).rows()).singleElement().satisfies(r -> assertThat(
                            ((Number) r.get("c")).longValue())
                    .isEqualTo(2L));
            // The job keeps its SQL as written.
            FlinkJobDetail detail = c.jobs().get(id).jobDetail();
            assertThat(detail.sqlBody()).contains("'${pw}'").doesNotContain(SECRET);

            // Explain and plan output show it masked.
            String uses = "SELECT x FROM (VALUES ('a')) AS t(x) WHERE x <> '${pw}'";
            SqlExplainResult explained = c.flink().explainSql(e -> e.statement(uses));
            assertThat(explained.statements()).singleElement().satisfies(s -> {
                assertThat(s.valid()).isTrue();
                assertThat(s.sql()).contains("******").doesNotContain(SECRET);
                assertThat(s.explain()).contains("******").doesNotContain(SECRET);
            });
            assertThat(c.flink().jobPlan(e -> e.statement(uses)).plan()).doesNotContain(SECRET);
            assertThat(c.flink().streamGraph(e -> e.statement(uses)).streamGraph())
                    .doesNotContain(SECRET);

            // Errors that echo the SQL Flink saw: returned, thrown and stored.
            String failing = "SELECT * FROM `${pw}`";
            SqlExecutionResult failed =
                    c.flink().executeSql(s -> s.statement(failing).useResult(true));
            assertThat(failed.success()).isFalse();
            assertThat(failed.error()).contains("******").doesNotContain(SECRET);
            StatementExplain bad =
                    c.flink().explainSql(e -> e.statement(failing)).statements().get(0);
            assertThat(bad.valid()).isFalse();
            assertThat(bad.error()).contains("******").doesNotContain(SECRET);
            assertThatThrownBy(() -> c.flink().jobPlan(e -> e.statement(failing)))
                    .isInstanceOfSatisfying(ServiceException.class, e -> {
                        assertThat(e.getMessage()).contains("******").doesNotContain(SECRET);
                        for (Throwable t = e; t != null; t = t.getCause()) {
                            assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
                        }
                    });
            long job = c.jobs()
                    .createSqlJob(j -> j.name("leaky").sqlBody("INSERT INTO `${pw}` SELECT 1"))
                    .jobId();
            c.jobs().run(job);
            FlinkJobDetail leaky = c.jobs()
                    .waitUntil(job, JobStatus.JOB_SUBMIT_FAIL, Duration.ofMinutes(2))
                    .jobDetail();
            assertThat(leaky.statusDesc()).contains("******").doesNotContain(SECRET);
        }
        // Only the variables document holds the value (jobs need it); no other file does.
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().equals("variables.json"))
                            .filter(p -> contains(p, SECRET)))
                    .isEmpty();
        }
        assertThat(Files.readString(dir.resolve("flink_jobs.json"))).contains("${pw}");
    }

    private static long jobNamed(LakeJobClient c, String name) {
        return c.jobs().listAll(ListFlinkJobsRequest.builder().build()).stream()
                .filter(j -> name.equals(j.name()))
                .findFirst()
                .orElseThrow()
                .jobId();
    }

    private static boolean contains(Path p, String s) {
        try {
            return new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1).contains(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
