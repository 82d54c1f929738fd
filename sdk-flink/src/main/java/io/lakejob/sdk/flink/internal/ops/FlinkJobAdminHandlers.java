package io.lakejob.sdk.flink.internal.ops;

import io.lakejob.sdk.flink.internal.FlinkContext;
import io.lakejob.sdk.flink.internal.HandlerRegistry;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.running.FlinkJobRecord;
import io.lakejob.sdk.flink.internal.running.RuntimeConfig;
import io.lakejob.sdk.flink.internal.running.SqlJobRunner;
import io.lakejob.sdk.flink.internal.targets.FlinkRest;
import io.lakejob.sdk.flink.internal.targets.JobRef;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.Tag;
import io.lakejob.sdk.model.job.BatchDeleteFlinkJobsRequest;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.DeleteFlinkJobRequest;
import io.lakejob.sdk.model.job.ExportFlinkJobsRequest;
import io.lakejob.sdk.model.job.ExportFlinkJobsResponse;
import io.lakejob.sdk.model.job.FlinkExecuteGraph;
import io.lakejob.sdk.model.job.FlinkJob;
import io.lakejob.sdk.model.job.FlinkJobConfig;
import io.lakejob.sdk.model.job.FlinkJobList;
import io.lakejob.sdk.model.job.FlinkJobMapping;
import io.lakejob.sdk.model.job.FlinkJobOrder;
import io.lakejob.sdk.model.job.FlinkJobSettings.Group;
import io.lakejob.sdk.model.job.FlinkJobUpdate;
import io.lakejob.sdk.model.job.GetFlinkJobExecuteGraphRequest;
import io.lakejob.sdk.model.job.GetFlinkJobExecuteGraphResponse;
import io.lakejob.sdk.model.job.ImportFlinkJobsRequest;
import io.lakejob.sdk.model.job.ImportFlinkJobsResponse;
import io.lakejob.sdk.model.job.JobType;
import io.lakejob.sdk.model.job.ListFlinkJobsRequest;
import io.lakejob.sdk.model.job.ListFlinkJobsResponse;
import io.lakejob.sdk.model.job.RunMode;
import io.lakejob.sdk.model.job.UpdateFlinkJobResponse;
import io.lakejob.sdk.model.job.UpdateFlinkSqlJobRequest;
import io.lakejob.sdk.spi.FlinkJobOperations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ArrayNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Flink SQL job administration (reference chapter 9): update, list, delete, batch delete,
 * execution graph, export and import. Export writes a zip of job definitions (one JSON file per
 * job, the reference's field names) into a folder; import reads it back.
 */
public final class FlinkJobAdminHandlers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FlinkContext ctx;
    private final QueueHandlers queues;
    private final FlinkJobHandlers jobs;

    public FlinkJobAdminHandlers(FlinkContext ctx, QueueHandlers queues, FlinkJobHandlers jobs) {
        this.ctx = ctx;
        this.queues = queues;
        this.jobs = jobs;
    }

    public void register(HandlerRegistry r) {
        r.handle(FlinkJobOperations.UPDATE_FLINK_SQL_JOB, this::update);
        r.handle(FlinkJobOperations.LIST_FLINK_JOBS, this::list);
        r.handle(FlinkJobOperations.DELETE_FLINK_JOB, this::delete);
        r.handle(FlinkJobOperations.BATCH_DELETE_FLINK_JOBS, this::batchDelete);
        r.handle(FlinkJobOperations.GET_FLINK_JOB_EXECUTE_GRAPH, this::executeGraph);
        r.handle(FlinkJobOperations.EXPORT_FLINK_JOBS, this::export);
        r.handle(FlinkJobOperations.IMPORT_FLINK_JOBS, this::importJobs);
    }

    private UpdateFlinkJobResponse update(UpdateFlinkSqlJobRequest u) {
        FlinkJobRecord r = ctx.job(u.jobId());
        synchronized (r) {
            if (r.isActive()) {
                throw LocalErrors.unavailable(
                        "Flink job " + u.jobId() + " is " + r.status() + "; stop it before updating");
            }
            CreateFlinkSqlJobRequest d = r.definition();
            CreateFlinkSqlJobRequest.Builder b = d.toBuilder();
            if (u.name() != null && !u.name().isEmpty()) {
                b.name(u.name());
            }
            if (u.desc() != null) {
                b.desc(u.desc());
            }
            if (u.queueName() != null) {
                queues.require(u.queueName());
                b.queueName(u.queueName());
            }
            if (u.sqlBody() != null) {
                SqlJobRunner.plan(u.sqlBody());
                b.sqlBody(u.sqlBody());
            }
            if (u.runMode() != null) {
                b.runMode(u.runMode());
            }
            if (u.runtimeConfig() != null) {
                RuntimeConfig.parse(u.runtimeConfig());
            }
            // Every setting the update sets replaces the stored one; the update-only fields (edge
            // groups, operator and estimator configuration) have no meaning here and are not kept.
            b.settings(d.settings().overlay(u.settings().only(Group.COMMON, Group.SQL)));
            Instant now = ctx.clock().instant();
            r.definition(b.build(), now);
            return new UpdateFlinkJobResponse(true, "Job " + u.jobId() + " updated", new FlinkJobUpdate(now));
        }
    }

    private ListFlinkJobsResponse list(ListFlinkJobsRequest q) {
        List<FlinkJobRecord> matching = new ArrayList<>();
        for (FlinkJobRecord r : ctx.jobs()) {
            CreateFlinkSqlJobRequest d = r.definition();
            if (q.status() != null && !q.status().equals(r.status())) {
                continue;
            }
            if (q.name() != null
                    && !d.name().toLowerCase(Locale.ROOT).contains(q.name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (q.queueName() != null && !q.queueName().equalsIgnoreCase(FlinkContext.queueOf(d))) {
                continue;
            }
            if (q.jobType() != null && !q.jobType().equals(jobType(r, d))) {
                continue;
            }
            matching.add(r);
        }
        Comparator<FlinkJobRecord> byId = Comparator.comparingLong(FlinkJobRecord::id);
        matching.sort(FlinkJobOrder.ASC.equals(q.order()) ? byId : byId.reversed());
        int offset = q.offset() == null ? 0 : q.offset();
        int limit = q.limit() == null ? 10 : q.limit();
        List<FlinkJob> page = new ArrayList<>();
        for (int i = offset; i < matching.size() && page.size() < limit; i++) {
            page.add(summary(matching.get(i), Boolean.TRUE.equals(q.showDetail())));
        }
        return new ListFlinkJobsResponse(true, "", new FlinkJobList(matching.size(), page));
    }

    private static JobType jobType(FlinkJobRecord r, CreateFlinkSqlJobRequest d) {
        return r.jarDefinition() != null ? JobType.FLINK_JAR_JOB : jobType(d);
    }

    private static JobType jobType(CreateFlinkSqlJobRequest d) {
        return d.jobType() == null ? JobType.FLINK_SQL_JOB : d.jobType();
    }

    private FlinkJob summary(FlinkJobRecord r, boolean detail) {
        CreateFlinkSqlJobRequest d = r.definition();
        Instant start = r.startTime();
        Instant end = r.isTerminal() ? r.updateTime() : ctx.clock().instant();
        return FlinkJob.builder()
                .jobId(r.id())
                .name(d.name())
                .desc(d.desc())
                .jobType(jobType(r, d))
                .status(r.status())
                .statusDesc(r.statusDesc())
                .createTime(r.createTime())
                .startTime(start)
                .duration(
                        start == null
                                ? null
                                : Math.max(0, Duration.between(start, end).toMillis()))
                .hasSavepoint(r.savepointPath() != null)
                .projectId(ctx.configuration().projectId())
                .sqlBody(detail ? d.sqlBody() : null)
                .runMode(d.runMode())
                .jobConfig(
                        detail
                                ? FlinkJobConfig.builder()
                                        .parallelNumber(d.parallelNumber())
                                        .checkpointEnabled(d.checkpointEnabled())
                                        .build()
                                : null)
                .updateTime(r.updateTime())
                .build();
    }

    private BasicResponse delete(DeleteFlinkJobRequest request) {
        return deleteOne(request.jobId());
    }

    private BasicResponse deleteOne(long id) {
        FlinkJobRecord r = ctx.findJob(id);
        if (r == null) {
            return new BasicResponse(false, "Flink job " + id + " does not exist");
        }
        if (r.isActive()) {
            BasicResponse stopped = jobs.stop(r, false);
            if (!Boolean.TRUE.equals(stopped.isSuccess())) {
                return new BasicResponse(false, "Flink job " + id + " could not be stopped: " + stopped.message());
            }
        }
        ctx.removeJob(id);
        return new BasicResponse(true, "Flink job " + id + " deleted");
    }

    private BasicResponse batchDelete(BatchDeleteFlinkJobsRequest request) {
        List<String> failed = new ArrayList<>();
        for (long id : request.jobIds()) {
            BasicResponse r = deleteOne(id);
            if (!Boolean.TRUE.equals(r.isSuccess())) {
                failed.add(r.message());
            }
        }
        return failed.isEmpty()
                ? new BasicResponse(true, "Deleted " + request.jobIds().size() + " jobs")
                : new BasicResponse(false, String.join("; ", failed));
    }

    /**
     * The cluster's summary of the job's latest run ({@code GET /jobs/<id>}). A run that ended
     * after the cluster stopped keeping it (its store of finished jobs is bounded, see {@link
     * io.lakejob.sdk.flink.FlinkOptions#LOCAL_ARCHIVE_MAX_JOBS}) is described from the job record:
     * its Flink id, how it ended in Flink's state names, the run's start and end as the client saw
     * them, and the Flink job name the runner gave a SQL job (none for a jar job, whose program
     * names it).
     */
    private GetFlinkJobExecuteGraphResponse executeGraph(GetFlinkJobExecuteGraphRequest request) {
        FlinkJobRecord r = ctx.job(request.jobId());
        String flinkId = r.flinkJobId();
        if (flinkId == null) {
            throw LocalErrors.unavailable("Flink job " + request.jobId() + " has not been submitted to Flink yet");
        }
        String path = "/jobs/" + flinkId;
        String ended = r.endedFlinkState(flinkId);
        JobRef ref = r.jobRef();
        FlinkRest.Response found;
        try {
            found = ctx.targets().of(ref).rest(ref.clusterId()).rest().get(path);
        } catch (io.lakejob.sdk.exception.LakeJobException e) {
            if (ended == null) {
                throw e;
            }
            // The run's cluster is gone (an application ends with its job): the record tells how it ended.
            return new GetFlinkJobExecuteGraphResponse(true, "", endedGraph(r, flinkId, ended));
        }
        if (!found.ok() && found.status() == 404 && ended != null) {
            return new GetFlinkJobExecuteGraphResponse(true, "", endedGraph(r, flinkId, ended));
        }
        if (!found.ok()) {
            throw LocalErrors.notFound("Flink REST resource " + path + " (HTTP " + found.status() + ")");
        }
        JsonNode job = found.body();
        long start = job.path("start-time").asLong(-1);
        long end = job.path("end-time").asLong(-1);
        return new GetFlinkJobExecuteGraphResponse(
                true,
                "",
                new FlinkExecuteGraph(
                        job.path("jid").asText(flinkId),
                        job.path("name").asText(null),
                        job.path("isStoppable").asBoolean(false),
                        job.path("state").asText(null),
                        start > 0 ? Instant.ofEpochMilli(start) : null,
                        end > 0 ? Instant.ofEpochMilli(end) : null,
                        job.has("duration") ? job.path("duration").asLong() : null));
    }

    private static FlinkExecuteGraph endedGraph(FlinkJobRecord r, String flinkId, String state) {
        Instant start;
        Instant end;
        synchronized (r) {
            start = r.startTime();
            end = r.updateTime();
        }
        return new FlinkExecuteGraph(
                flinkId,
                r.jarDefinition() == null ? r.definition().name() : null,
                false,
                state,
                start,
                end,
                start == null || end == null
                        ? null
                        : Math.max(0, Duration.between(start, end).toMillis()));
    }

    // ---- export / import --------------------------------------------------------------------

    /**
     * A local path or {@code file://} URI a request names, in a folder requests may use
     * ({@link io.lakejob.sdk.flink.FlinkOptions#ALLOWED_LOCATIONS}), as its real path.
     */
    private Path localPath(String field, String location) {
        return ctx.locations().local(field, givenPath(field, location));
    }

    private static Path givenPath(String field, String location) {
        try {
            URI uri = URI.create(location);
            if (uri.getScheme() == null) {
                return Path.of(location);
            }
            if ("file".equals(uri.getScheme())) {
                return Path.of(uri);
            }
        } catch (IllegalArgumentException e) {
            return Path.of(location);
        }
        throw LocalErrors.invalid(field, "must be a local path or file:// URI on the Flink transport, was " + location);
    }

    private ExportFlinkJobsResponse export(ExportFlinkJobsRequest request) {
        Path dir = localPath("obs_dir", request.obsDir());
        List<FlinkJobRecord> selected = new ArrayList<>();
        if (request.isSelected()) {
            for (long id : request.jobSelected()) {
                selected.add(ctx.job(id));
            }
        } else {
            selected.addAll(ctx.jobs());
            selected.sort(Comparator.comparingLong(FlinkJobRecord::id));
        }
        try {
            Files.createDirectories(dir);
            Path zip = dir.resolve("flink-jobs-" + ctx.clock().millis() + ".zip");
            try (OutputStream out = Files.newOutputStream(zip);
                    ZipOutputStream z = new ZipOutputStream(out)) {
                for (FlinkJobRecord r : selected) {
                    z.putNextEntry(new ZipEntry("job-" + r.id() + ".json"));
                    z.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(r.id(), r.definition())));
                    z.closeEntry();
                }
            }
            return new ExportFlinkJobsResponse(true, "Exported " + selected.size() + " jobs", List.of(zip.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not export Flink jobs to " + dir, e);
        }
    }

    private ImportFlinkJobsResponse importJobs(ImportFlinkJobsRequest request) {
        Path zip = localPath("zip_file", request.zipFile());
        if (!Files.isRegularFile(zip)) {
            throw LocalErrors.notFound("Zip file " + zip);
        }
        List<FlinkJobMapping> mapping = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.isDirectory() || !e.getName().endsWith(".json")) {
                    continue;
                }
                JsonNode node = JSON.readTree(new String(z.readAllBytes(), StandardCharsets.UTF_8));
                CreateFlinkSqlJobRequest d = fromJson(node);
                Long oldId = node.hasNonNull("job_id") ? node.get("job_id").asLong() : null;
                FlinkJobRecord existing = ctx.jobs().stream()
                        .filter(r -> r.definition().name().equals(d.name()))
                        .findFirst()
                        .orElse(null);
                if (existing != null && !Boolean.TRUE.equals(request.isCover())) {
                    mapping.add(new FlinkJobMapping(
                            oldId, existing.id(), "a job named " + d.name() + " exists; not imported"));
                    continue;
                }
                if (existing != null) {
                    if (existing.isActive()) {
                        mapping.add(new FlinkJobMapping(
                                oldId, existing.id(), "job " + existing.id() + " is running; not replaced"));
                        continue;
                    }
                    existing.definition(d, ctx.clock().instant());
                    mapping.add(new FlinkJobMapping(oldId, existing.id(), "replaced"));
                    continue;
                }
                long id = ctx.nextJobId();
                ctx.putJob(new FlinkJobRecord(id, d, ctx.clock().instant()));
                mapping.add(new FlinkJobMapping(oldId, id, "imported"));
            }
        } catch (IOException e) {
            throw LocalErrors.invalid("zip_file", "could not be read as a zip of job definitions: " + e.getMessage());
        }
        return new ImportFlinkJobsResponse(true, "Imported " + mapping.size() + " jobs", mapping);
    }

    private static ObjectNode toJson(long id, CreateFlinkSqlJobRequest d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("job_id", id);
        n.put("name", d.name());
        putIf(n, "desc", d.desc());
        putIf(n, "queue_name", d.queueName());
        putIf(n, "sql_body", d.sqlBody());
        putIf(n, "run_mode", d.runMode() == null ? null : d.runMode().value());
        SettingsJson.write(d.settings(), n);
        putIf(n, "job_type", d.jobType() == null ? null : d.jobType().value());
        if (!d.tags().isEmpty()) {
            ArrayNode tags = n.putArray("tags");
            for (Tag t : d.tags()) {
                tags.addObject().put("key", t.key()).put("value", t.value());
            }
        }
        return n;
    }

    private static void putIf(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    private static CreateFlinkSqlJobRequest fromJson(JsonNode n) {
        CreateFlinkSqlJobRequest.Builder b = CreateFlinkSqlJobRequest.builder().name(text(n, "name"));
        b.desc(text(n, "desc")).queueName(text(n, "queue_name")).sqlBody(text(n, "sql_body"));
        if (n.hasNonNull("run_mode")) {
            b.runMode(RunMode.of(n.get("run_mode").asText()));
        }
        if (n.hasNonNull("job_type")) {
            b.jobType(JobType.of(n.get("job_type").asText()));
        }
        b.settings(SettingsJson.read(n, Group.COMMON, Group.SQL));
        for (JsonNode t : n.path("tags")) {
            b.addTag(t.path("key").asText(), t.path("value").asText());
        }
        return b.build();
    }

    private static String text(JsonNode n, String key) {
        return n.hasNonNull(key) ? n.get(key).asText() : null;
    }
}
