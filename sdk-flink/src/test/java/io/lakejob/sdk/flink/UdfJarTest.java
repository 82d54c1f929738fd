package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.flink.ResultRow;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.JobStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(LakeJobFlinkExtension.class)
class UdfJarTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final String SQL = "CREATE TEMPORARY FUNCTION shout AS 'udfs.Shout';\n"
            + "SELECT shout(w) AS s FROM (VALUES ('a'), ('bc')) AS t(w)";

    @Test
    void sqlJobUsesAScalarFunctionFromItsUdfJar(LakeJobClient client, @TempDir Path tmp) throws Exception {
        // The UDF class exists only in this jar, never on the test class path.
        Path jar = JarJobTestJars.compileJar(
                tmp.resolve("shout.jar"),
                null,
                Map.of(
                        "udfs.Shout",
                        "package udfs;\n"
                                + "public class Shout extends org.apache.flink.table.functions.ScalarFunction {\n"
                                + "  public String eval(String s) { return s.toUpperCase() + \"!\"; }\n"
                                + "}\n"));
        client.resources().uploadJars("udfjar", List.of(jar.toString()));

        long id = client.jobs()
                .createSqlJob(j -> j.name("udf_sql")
                        .sqlBody(SQL)
                        .udfJarUrl("udfjar/shout.jar")
                        .parallelNumber(1))
                .job()
                .jobId();
        client.jobs().run(id);
        FlinkJobDetail done =
                client.jobs().waitUntil(id, JobStatus.JOB_FINISH, TIMEOUT).jobDetail();
        assertThat(done.jobConfig().udfJarUrl()).isEqualTo("udfjar/shout.jar");
        List<Object> values = client.flink().jobData(String.valueOf(id)).rows().stream()
                .map((ResultRow r) -> r.get("s"))
                .collect(Collectors.toList());
        assertThat(values).containsExactlyInAnyOrder("A!", "BC!");

        // The same SQL without the jar cannot find the class.
        long without = client.jobs()
                .createSqlJob(j -> j.name("udf_sql_nojar").sqlBody(SQL))
                .job()
                .jobId();
        client.jobs().run(without);
        FlinkJobDetail failed = client.jobs()
                .waitUntil(
                        without,
                        Set.of(JobStatus.JOB_SUBMIT_FAIL, JobStatus.JOB_RUNNING_EXCEPTION, JobStatus.JOB_FINISH),
                        TIMEOUT)
                .jobDetail();
        assertThat(failed.status()).isEqualTo(JobStatus.JOB_SUBMIT_FAIL);
        assertThat(failed.statusDesc()).contains("udfs.Shout");
        client.jobs().delete(id);
        client.jobs().delete(without);
    }
}
