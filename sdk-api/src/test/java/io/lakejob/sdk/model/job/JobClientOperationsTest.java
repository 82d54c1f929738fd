package io.lakejob.sdk.model.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.JobClient;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.spi.FlinkJobOperations;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.Operations;
import io.lakejob.sdk.testing.RecordingTransport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class JobClientOperationsTest {
    private final RecordingTransport t = new RecordingTransport();
    private final JobClient jobs = t.client().jobs();

    private Object last(Operation<?, ?> op) {
        assertThat(t.lastCall().operation()).isSameAs(op);
        return t.lastCall().request();
    }

    @Test
    void everyOperationMatchesTheEndpointCatalogue() throws IOException {
        List<String> expected;
        try (InputStream in = getClass().getResourceAsStream("/io/lakejob/sdk/dli-endpoints.tsv")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(l -> l.split("\t"))
                    .filter(f -> f.length >= 3 && f[0].startsWith("9."))
                    .map(f -> f[0] + " " + f[1] + " " + f[2])
                    .collect(Collectors.toList());
        }
        List<String> actual = FlinkJobOperations.all().stream()
                .map(o -> o.section() + " " + o.method() + " " + o.pathTemplate())
                .collect(Collectors.toList());
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(FlinkJobOperations.all()).hasSize(14).allMatch(o -> o.group() == OperationGroup.FLINK_JOBS);
        assertThat(FlinkJobOperations.all()).allMatch(o -> Operations.all().contains(o));
    }

    @Test
    void clientSendsEachOperationWithItsRequest() {
        BasicResponse ok = BasicResponse.success("ok");
        t.answer(FlinkJobOperations.OBS_AUTHORIZE, r -> ok)
                .answer(FlinkJobOperations.UPDATE_FLINK_SQL_JOB, r -> new UpdateFlinkJobResponse(true, "", null))
                .answer(
                        FlinkJobOperations.CREATE_FLINK_JAR_JOB,
                        r -> new CreateFlinkJobResponse(true, "", new CreatedFlinkJob(138L, JobStatus.JOB_INIT, "")))
                .answer(FlinkJobOperations.UPDATE_FLINK_JAR_JOB, r -> new UpdateFlinkJobResponse(true, "", null))
                .answer(
                        FlinkJobOperations.GET_FLINK_JOB_EXECUTE_GRAPH,
                        r -> new GetFlinkJobExecuteGraphResponse(true, "", null))
                .answer(FlinkJobOperations.DELETE_FLINK_JOB, r -> ok)
                .answer(FlinkJobOperations.BATCH_DELETE_FLINK_JOBS, r -> ok)
                .answer(
                        FlinkJobOperations.EXPORT_FLINK_JOBS,
                        r -> new ExportFlinkJobsResponse(true, "", List.of("obs-test/a.zip")))
                .answer(
                        FlinkJobOperations.IMPORT_FLINK_JOBS,
                        r -> new ImportFlinkJobsResponse(true, "", List.of(new FlinkJobMapping(100L, 200L, "ok"))))
                .answer(FlinkJobOperations.LIST_FLINK_JOBS, r -> new ListFlinkJobsResponse(true, "", null));

        assertThat(jobs.obsAuthorize("bucket1")).isSameAs(ok);
        assertThat(last(FlinkJobOperations.OBS_AUTHORIZE)).isEqualTo(ObsAuthorizeRequest.of("bucket1"));

        jobs.updateSqlJob(b -> b.jobId(5L).name("n"));
        assertThat(((UpdateFlinkSqlJobRequest) last(FlinkJobOperations.UPDATE_FLINK_SQL_JOB)).jobId())
                .isEqualTo(5L);

        assertThat(jobs.createJarJob(b -> b.name("test").entrypoint("a.jar")).jobId())
                .isEqualTo(138L);
        assertThat(((CreateFlinkJarJobRequest) last(FlinkJobOperations.CREATE_FLINK_JAR_JOB)).entrypoint())
                .isEqualTo("a.jar");

        jobs.updateJarJob(b -> b.jobId(6L).mainClass("M"));
        assertThat(((UpdateFlinkJarJobRequest) last(FlinkJobOperations.UPDATE_FLINK_JAR_JOB)).mainClass())
                .isEqualTo("M");

        jobs.getExecuteGraph(7L);
        assertThat(last(FlinkJobOperations.GET_FLINK_JOB_EXECUTE_GRAPH))
                .isEqualTo(GetFlinkJobExecuteGraphRequest.of(7L));

        jobs.delete(8L);
        assertThat(last(FlinkJobOperations.DELETE_FLINK_JOB)).isEqualTo(DeleteFlinkJobRequest.of(8L));

        jobs.batchDelete(12L, 232L);
        assertThat(last(FlinkJobOperations.BATCH_DELETE_FLINK_JOBS)).isEqualTo(BatchDeleteFlinkJobsRequest.of(12, 232));

        assertThat(jobs.exportJobs(b -> b.obsDir("obs-test").isSelected(true).addJobSelected(100))
                        .zipFile())
                .containsExactly("obs-test/a.zip");
        assertThat(last(FlinkJobOperations.EXPORT_FLINK_JOBS))
                .isEqualTo(ExportFlinkJobsRequest.selected("obs-test", 100));

        assertThat(jobs.importJobs("test/a.zip", true).jobMapping()).hasSize(1);
        assertThat(last(FlinkJobOperations.IMPORT_FLINK_JOBS)).isEqualTo(ImportFlinkJobsRequest.of("test/a.zip", true));

        jobs.list(b -> b.status(JobStatus.JOB_RUNNING).limit(5));
        assertThat(((ListFlinkJobsRequest) last(FlinkJobOperations.LIST_FLINK_JOBS)).limit())
                .isEqualTo(5);
    }

    @Test
    void listAllFollowsOffsetsUntilAShortPage() {
        // 23 jobs, pages of 10: offsets 0, 10, 20
        t.answer(FlinkJobOperations.LIST_FLINK_JOBS, r -> {
            int from = r.offset();
            List<FlinkJob> page = LongStream.range(from, Math.min(from + r.limit(), 23))
                    .mapToObj(i -> FlinkJob.builder().jobId(i + 1).build())
                    .toList();
            return new ListFlinkJobsResponse(true, "", new FlinkJobList(null, page));
        });
        List<Long> ids = new ArrayList<>();
        jobs.listAll(ListFlinkJobsRequest.builder()
                        .limit(10)
                        .offset(99)
                        .status(JobStatus.JOB_RUNNING)
                        .build())
                .forEach(j -> ids.add(j.jobId()));
        assertThat(ids).hasSize(23).startsWith(1L, 2L).endsWith(23L);
        List<ListFlinkJobsRequest> sent =
                t.calls().stream().map(c -> (ListFlinkJobsRequest) c.request()).toList();
        assertThat(sent).extracting(ListFlinkJobsRequest::offset).containsExactly(0, 10, 20);
        assertThat(sent).allMatch(r -> r.status() == JobStatus.JOB_RUNNING && r.limit() == 10);
    }

    @Test
    void listAllDefaultsToTheMaximumLimitAndStopsAtTotal() {
        t.answer(
                FlinkJobOperations.LIST_FLINK_JOBS,
                r -> new ListFlinkJobsResponse(
                        true,
                        "",
                        new FlinkJobList(
                                100,
                                LongStream.range(0, r.limit())
                                        .mapToObj(i ->
                                                FlinkJob.builder().jobId(i + 1).build())
                                        .toList())));
        assertThat(jobs.listAll(ListFlinkJobsRequest.all()).stream().count()).isEqualTo(100);
        assertThat(t.calls()).hasSize(1);
        assertThat(((ListFlinkJobsRequest) t.lastCall().request()).limit()).isEqualTo(100);
    }
}
