package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.job.FlinkExecuteGraph;
import io.lakejob.sdk.model.job.FlinkJob;
import io.lakejob.sdk.model.job.FlinkJobMapping;
import io.lakejob.sdk.model.job.FlinkJobOrder;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.ListFlinkJobsRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(LakeJobFlinkExtension.class)
class FlinkJobAdminTest {
    static String count(int rows) {
        return "CREATE TABLE T (a INT) WITH ('connector'='datagen','number-of-rows'='" + rows + "');\n"
                + "SELECT COUNT(*) AS c FROM T";
    }

    static long create(LakeJobClient client, String name, String sql) {
        return client.jobs()
                .createSqlJob(j -> j.name(name).sqlBody(sql).parallelNumber(1))
                .jobId();
    }

    static long runToEnd(LakeJobClient client, long id) {
        client.jobs().run(id);
        client.jobs().waitUntil(id, JobStatus.JOB_FINISH, Duration.ofMinutes(2));
        return ((Number)
                        client.flink().jobData(String.valueOf(id)).rows().get(0).get("c"))
                .longValue();
    }

    @Test
    void updatedSqlIsWhatTheNextRunExecutes(LakeJobClient client) {
        long id = create(client, "upd-" + UUID.randomUUID().toString().substring(0, 8), count(3));
        assertThat(runToEnd(client, id)).isEqualTo(3L);
        assertThat(client.jobs()
                        .updateSqlJob(u -> u.jobId(id).sqlBody(count(7)))
                        .updateTime())
                .isNotNull();
        assertThat(runToEnd(client, id)).isEqualTo(7L);
    }

    @Test
    void aRunningJobCannotBeUpdatedAndDeletingItStopsIt(LakeJobClient client) throws Exception {
        long id = create(
                client,
                "busy-" + UUID.randomUUID().toString().substring(0, 8),
                "CREATE TABLE S (n BIGINT) WITH ('connector'='datagen','rows-per-second'='20'); SELECT n FROM S");
        client.jobs().run(id);
        client.jobs().waitUntil(id, JobStatus.JOB_RUNNING, Duration.ofMinutes(2));
        assertThatThrownBy(() -> client.jobs().updateSqlJob(u -> u.jobId(id).desc("x")))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0012"));
        var data = client.flink().jobData(String.valueOf(id));
        assertThat(client.jobs().delete(id).isSuccess()).isTrue();
        assertThatThrownBy(() -> client.jobs().get(id))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0002"));
        // The Flink job itself was cancelled, not just forgotten: ask the cluster's REST API.
        HttpResponse<String> job = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://" + data.jobManagerAddress() + "/jobs/" + data.jobId()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(job.body()).containsPattern("\"state\"\\s*:\\s*\"CANCEL(ED|LING)\"");
    }

    @Test
    void listFiltersOrdersAndPages(LakeJobClient client) {
        String tag = "lst" + UUID.randomUUID().toString().substring(0, 6);
        long a = create(client, tag + "-a", count(1));
        long b = create(client, tag + "-b", count(1));
        long c = create(client, tag + "-c", count(1));
        runToEnd(client, b);
        List<Long> asc = client
                .jobs()
                .listAll(ListFlinkJobsRequest.builder()
                        .name(tag)
                        .order(FlinkJobOrder.ASC)
                        .limit(2)
                        .build())
                .stream()
                .map(FlinkJob::jobId)
                .collect(Collectors.toList());
        assertThat(asc).containsExactly(a, b, c);
        assertThat(client.jobs()
                        .list(l -> l.name(tag).status(JobStatus.JOB_FINISH))
                        .items())
                .extracting(FlinkJob::jobId)
                .containsExactly(b);
        assertThat(client.jobs()
                        .list(l -> l.name(tag).offset(1).limit(1).order(FlinkJobOrder.DESC))
                        .items())
                .extracting(FlinkJob::jobId)
                .containsExactly(b);
        assertThat(client.jobs().list(l -> l.name(tag).limit(1)).totalCount()).hasValue(3);
        assertThat(client.jobs().batchDelete(a, b, c).isSuccess()).isTrue();
        assertThat(client.jobs().list(l -> l.name(tag)).items()).isEmpty();
    }

    @Test
    void executeGraphComesFromTheFlinkCluster(LakeJobClient client) {
        long id = create(client, "graph-" + UUID.randomUUID().toString().substring(0, 8), count(2));
        assertThatThrownBy(() -> client.jobs().getExecuteGraph(id))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0012"));
        runToEnd(client, id);
        FlinkExecuteGraph g = client.jobs().getExecuteGraph(id).executeGraph();
        assertThat(g.jid()).isEqualTo(client.flink().jobData(String.valueOf(id)).jobId());
        assertThat(g.state()).isEqualTo("FINISHED");
        assertThat(g.startTime()).isNotNull();
    }

    @Test
    void exportedJobsImportAsNewJobsThatRun(LakeJobClient client, @TempDir Path dir) throws Exception {
        String name = "exp-" + UUID.randomUUID().toString().substring(0, 8);
        long id = create(client, name, count(4));
        List<String> zips = client.jobs()
                .exportJobs(e -> e.obsDir(dir.toString()).isSelected(true).jobSelected(List.of(id)))
                .zipFile();
        assertThat(zips).singleElement().satisfies(z -> assertThat(Files.size(Path.of(z)))
                .isPositive());

        List<FlinkJobMapping> skipped =
                client.jobs().importJobs(zips.get(0), false).jobMapping();
        assertThat(skipped).singleElement().satisfies(m -> assertThat(m.newJobId())
                .isEqualTo(id));

        client.jobs().delete(id);
        List<FlinkJobMapping> imported =
                client.jobs().importJobs(zips.get(0), false).jobMapping();
        assertThat(imported).singleElement().satisfies(m -> {
            assertThat(m.oldJobId()).isEqualTo(id);
            assertThat(m.newJobId()).isNotEqualTo(id);
        });
        long newId = imported.get(0).newJobId();
        assertThat(client.jobs().get(newId).jobDetail().name()).isEqualTo(name);
        assertThat(runToEnd(client, newId)).isEqualTo(4L);
    }
}
