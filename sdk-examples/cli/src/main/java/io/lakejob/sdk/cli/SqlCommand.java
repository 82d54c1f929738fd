package io.lakejob.sdk.cli;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.cloud.Reconcile;
import io.lakejob.sdk.exception.JobStateException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.sql.Compression;
import io.lakejob.sdk.model.sql.ExportSqlJobResultRequest;
import io.lakejob.sdk.model.sql.GetSqlJobStatusResponse;
import io.lakejob.sdk.model.sql.PreviewSqlJobResultResponse;
import io.lakejob.sdk.model.sql.SqlColumn;
import io.lakejob.sdk.model.sql.SqlDataType;
import io.lakejob.sdk.model.sql.SqlJob;
import io.lakejob.sdk.model.sql.SqlJobStartedResponse;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import io.lakejob.sdk.model.sql.SqlJobType;
import io.lakejob.sdk.model.sql.SubmitSqlJobRequest;
import io.lakejob.sdk.model.sql.SubmitSqlJobResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lakejob sql}: SQL statement jobs (reference chapter 7.3): submit a file, wait, status,
 * preview, export, cancel.
 */
@Command(
        name = "sql",
        mixinStandardHelpOptions = true,
        description = "SQL statement jobs: submit a file, wait, status, preview, export the result, cancel.",
        subcommands = {
            SqlCommand.Submit.class,
            SqlCommand.Wait.class,
            SqlCommand.Status.class,
            SqlCommand.Preview.class,
            SqlCommand.Export.class,
            SqlCommand.Cancel.class
        })
final class SqlCommand implements Runnable {
    SqlCommand(Lakejob root) {}

    @Override
    public void run() {
        throw new CliException(ExitCodes.USAGE, "sql needs a command: submit, wait, status, preview, export or cancel");
    }

    static Map<String, Object> json(GetSqlJobStatusResponse s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobId", s.jobId());
        m.put("jobType", s.jobType());
        m.put("status", s.status());
        m.put("queue", s.queueName());
        m.put("startTime", s.startTime());
        m.put("durationMs", s.duration());
        m.put("resultCount", s.resultCount());
        m.put("message", s.message() == null || s.message().isBlank() ? null : s.message());
        return m;
    }

    static Map<String, Object> rows(List<SqlColumn> schema, List<List<Object>> rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>();
        for (SqlColumn c : schema) {
            columns.add(c.name());
        }
        m.put("columns", columns);
        m.put("rows", rows);
        return m;
    }

    /**
     * Waits for a SQL job's end, with progress; returns its last status, or throws the
     * {@link JobStateException} of a failed or cancelled job.
     */
    static GetSqlJobStatusResponse await(Lakejob root, LakeJobClient client, String id, Duration timeout) {
        try (Progress<SqlJobStatus> progress = new Progress<>(root.output(), "sql job " + id, root.progressEvery())) {
            return client.sql().waitUntil(id, Set.of(SqlJobStatus.FINISHED), WaitOptions.timeout(timeout), progress);
        }
    }

    /** Prints the job's status, and its preview rows when asked; the exit code of its end. */
    static int finish(
            Lakejob root,
            LakeJobClient client,
            String id,
            Duration timeout,
            boolean preview,
            Map<String, Object> json) {
        boolean failed = false;
        GetSqlJobStatusResponse status;
        try {
            status = await(root, client, id, timeout);
        } catch (JobStateException e) {
            failed = true;
            status = client.sql().status(id);
        }
        Map<String, Object> result = json(status);
        result.putAll(json);
        result.put("result", failed ? "failed" : "ok");
        PreviewSqlJobResultResponse rows = null;
        if (preview && !failed && SqlJobType.QUERY.equals(status.jobType())) {
            rows = client.sql().preview(id);
            result.putAll(rows(rows.schema(), rows.rows()));
        }
        GetSqlJobStatusResponse s = status;
        PreviewSqlJobResultResponse r = rows;
        root.output().result(result, p -> {
            if (r != null) {
                Output.printRows(p, (List<String>) result.get("columns"), r.rows());
            } else {
                p.println("sql job " + s.jobId() + ": " + s.status());
            }
        });
        if (failed) {
            root.output()
                    .err()
                    .println("lakejob: error: sql job " + id + " ended " + status.status()
                            + (status.message() == null || status.message().isBlank() ? "" : ": " + status.message()));
        }
        return failed ? ExitCodes.JOB_FAILED : ExitCodes.OK;
    }

    @Command(
            name = "submit",
            mixinStandardHelpOptions = true,
            description = {
                "Submit a SQL statement from a file. Prints the job id; with --wait, waits for its end and,",
                "with --preview, prints its first rows (a query)."
            })
    static final class Submit implements Callable<Integer> {
        private final Lakejob root;

        @Parameters(paramLabel = "FILE", description = "The SQL statement.")
        Path file;

        @Option(names = "--queue", paramLabel = "QUEUE", description = "The queue (default: the service's).")
        String queue;

        @Option(names = "--database", paramLabel = "DB", description = "The database the statement refers to.")
        String database;

        @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A configuration of the job (repeatable).")
        List<String> conf = new ArrayList<>();

        @Option(names = "--wait", description = "Wait for the job's end (exit code 1 if it fails).")
        boolean await;

        @Option(names = "--preview", description = "With --wait: print the query's first rows.")
        boolean preview;

        @Option(
                names = "--timeout",
                paramLabel = "DURATION",
                converter = Durations.class,
                defaultValue = "none",
                description = "The longest to wait (default: none).")
        Duration timeout;

        Submit(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            String sql = FlinkJobCommand.readSql(file).strip();
            SubmitSqlJobRequest request = SubmitSqlJobRequest.builder()
                    .sql(sql)
                    .queueName(queue)
                    .currentdb(database)
                    .conf(conf.isEmpty() ? null : conf)
                    .build();
            try (LakeJobClient client = root.client(true)) {
                String id;
                SubmitSqlJobResponse submitted = null;
                try {
                    submitted = client.sql().submit(request);
                    id = submitted.jobId();
                } catch (OutcomeUnknownException e) {
                    // Sent, no answer: look for it by its client token before anything is sent twice.
                    SqlJob found = Reconcile.findSqlJob(client.sql(), e).orElseThrow(() -> e);
                    id = found.jobId();
                    root.output()
                            .progress("the submit got no answer; the service has it as sql job " + id
                                    + " (client token " + e.clientToken() + ")");
                }
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("jobId", id);
                if (submitted != null) {
                    json.put("jobType", submitted.jobType());
                    json.put("jobMode", submitted.jobMode());
                }
                if (await) {
                    return finish(root, client, id, timeout, preview, json);
                }
                if (submitted != null && !submitted.schema().isEmpty()) {
                    json.putAll(rows(submitted.schema(), submitted.rows()));
                }
                String jobId = id;
                root.output().result(json, p -> p.println(jobId));
                return ExitCodes.OK;
            }
        }
    }

    @Command(
            name = "wait",
            mixinStandardHelpOptions = true,
            description = "Wait for a SQL job's end (exit code 1 if it fails).")
    static final class Wait implements Callable<Integer> {
        private final Lakejob root;

        @Parameters(paramLabel = "JOB_ID", description = "The SQL job's id.")
        String id;

        @Option(names = "--preview", description = "Then print the query's first rows.")
        boolean preview;

        @Option(
                names = "--timeout",
                paramLabel = "DURATION",
                converter = Durations.class,
                defaultValue = "none",
                description = "The longest to wait (default: none).")
        Duration timeout;

        Wait(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (LakeJobClient client = root.client(false)) {
                return finish(root, client, id, timeout, preview, new LinkedHashMap<>());
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Print a SQL job's status.")
    static final class Status implements Callable<Integer> {
        private final Lakejob root;

        @Parameters(paramLabel = "JOB_ID", description = "The SQL job's id.")
        String id;

        Status(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (LakeJobClient client = root.client(false)) {
                Map<String, Object> result = json(client.sql().status(id));
                root.output().result(result, p -> Output.printFields(p, result));
                return ExitCodes.OK;
            }
        }
    }

    @Command(
            name = "preview",
            mixinStandardHelpOptions = true,
            description = "Print a finished query's first rows (at most 1000).")
    static final class Preview implements Callable<Integer> {
        private final Lakejob root;

        @Parameters(paramLabel = "JOB_ID", description = "The SQL job's id.")
        String id;

        @Option(names = "--max-rows", paramLabel = "N", description = "At most N rows (1-1000).")
        Long maxRows;

        Preview(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (LakeJobClient client = root.client(false)) {
                PreviewSqlJobResultResponse r =
                        client.sql().preview(b -> b.jobId(id).pageSize(maxRows));
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("jobId", id);
                result.putAll(rows(r.schema(), r.rows()));
                root.output().result(result, p -> Output.printRows(p, (List<String>) result.get("columns"), r.rows()));
                return ExitCodes.OK;
            }
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description =
                    "Export a finished query's result to a folder (obs://bucket/path; on flink: endpoints under flink.obs.root).")
    static final class Export implements Callable<Integer> {
        private final Lakejob root;

        @Parameters(paramLabel = "JOB_ID", description = "The SQL job's id.")
        String id;

        @Option(
                names = "--to",
                required = true,
                paramLabel = "PATH",
                description = "The folder, e.g. obs://bucket/results/orders.")
        String to;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv (default) or json.")
        String format;

        @Option(names = "--gzip", description = "Compress the files with gzip.")
        boolean gzip;

        @Option(names = "--header", description = "csv: a first line with the column names.")
        boolean header;

        @Option(names = "--queue", paramLabel = "QUEUE", description = "The queue that runs the export.")
        String queue;

        @Option(names = "--wait", description = "Wait for the export job's end.")
        boolean await;

        @Option(
                names = "--timeout",
                paramLabel = "DURATION",
                converter = Durations.class,
                defaultValue = "none",
                description = "The longest to wait (default: none).")
        Duration timeout;

        Export(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            ExportSqlJobResultRequest request = ExportSqlJobResultRequest.builder()
                    .jobId(id)
                    .dataPath(to)
                    .dataType(SqlDataType.of(format))
                    .compress(gzip ? Compression.GZIP : Compression.NONE)
                    .withColumnHeader(header ? Boolean.TRUE : null)
                    .queueName(queue)
                    .build();
            try (LakeJobClient client = root.client(true)) {
                SqlJobStartedResponse started = client.sql().exportResult(request);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("exportJobId", started.jobId());
                json.put("to", to);
                if (await && started.jobId() != null) {
                    return finish(root, client, started.jobId(), timeout, false, json);
                }
                root.output().result(json, p -> p.println(started.jobId()));
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel a submitted or running SQL job.")
    static final class Cancel implements Callable<Integer> {
        private final Lakejob root;

        @Parameters(paramLabel = "JOB_ID", description = "The SQL job's id.")
        String id;

        Cancel(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (LakeJobClient client = root.client(true)) {
                BasicResponse r = client.sql().cancel(id);
                if (Boolean.FALSE.equals(r.isSuccess())) {
                    throw new CliException(
                            ExitCodes.SERVICE_ERROR, "Cancelling sql job " + id + " was refused: " + r.message());
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("jobId", id);
                result.put("cancelled", true);
                root.output().result(result, p -> p.println("sql job " + id + " cancelled"));
                return ExitCodes.OK;
            }
        }
    }
}
