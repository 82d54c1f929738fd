package io.lakejob.sdk.cli;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.cloud.Reconcile;
import io.lakejob.sdk.exception.JobStateException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.CreateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.FlinkJob;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.JobType;
import io.lakejob.sdk.model.job.ListFlinkJobsRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lakejob flink-job}: Flink SQL and jar jobs (reference chapter 9) by name or id: submit,
 * run, wait, stop (with a savepoint), resume, cancel, status, rows, list, delete, and DolphinScheduler's
 * executeType actions ({@code exec}).
 */
@Command(
        name = "flink-job",
        mixinStandardHelpOptions = true,
        description = {
            "Flink SQL and jar jobs, by name or id (an argument of digits only is an id).",
            "",
            "On flink: endpoints a job runs as long as the lakejob process that runs it (run and exec follow "
                    + "it to its end; flink:local jobs run inside that process); definitions, status and "
                    + "savepoints are kept in --state-dir between commands."
        },
        subcommands = {
            FlinkJobCommand.Submit.class,
            FlinkJobCommand.Run.class,
            FlinkJobCommand.Wait.class,
            FlinkJobCommand.Stop.class,
            FlinkJobCommand.Resume.class,
            FlinkJobCommand.Cancel.class,
            FlinkJobCommand.Status.class,
            FlinkJobCommand.Rows.class,
            FlinkJobCommand.Exec.class,
            FlinkJobCommand.ListJobs.class,
            FlinkJobCommand.Delete.class
        })
final class FlinkJobCommand implements Runnable {
    /** The statuses a failed run ends in. */
    static final Set<JobStatus> FAILED = Set.of(JobStatus.JOB_SUBMIT_FAIL, JobStatus.JOB_RUNNING_EXCEPTION);

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private final Lakejob root;

    FlinkJobCommand(Lakejob root) {
        this.root = root;
    }

    @Override
    public void run() {
        throw new CliException(
                ExitCodes.USAGE,
                "flink-job needs a command: submit, run, wait, stop, resume, cancel, status, rows, exec, list or delete");
    }

    // ---- shared ------------------------------------------------------------------------------

    /** The job's definition: a SQL file or a jar (for submit, and run with a definition). */
    static final class Definition {
        @Option(
                names = "--name",
                paramLabel = "NAME",
                description = "The job's name (letters, digits, -, _; at most 57).")
        String name;

        @Option(
                names = "--sql-file",
                paramLabel = "FILE",
                description = "A Flink SQL script: the job is a Flink SQL job.")
        Path sqlFile;

        @Option(
                names = "--jar",
                paramLabel = "JAR",
                description =
                        "A jar (a local file on flink: endpoints, an OBS URL on https:// ones): the job is a Flink jar job.")
        String jar;

        @Option(
                names = "--main-class",
                paramLabel = "CLASS",
                description = "The jar's main class (default: its manifest's).")
        String mainClass;

        @Option(names = "--args", paramLabel = "ARGS", description = "The jar's program arguments, as one string.")
        String args;

        @Option(
                names = "--group",
                paramLabel = "GROUP",
                defaultValue = "lakejob",
                description = "The resource group the jar is uploaded to (default: ${DEFAULT-VALUE}).")
        String group;

        @Option(
                names = "--queue",
                paramLabel = "QUEUE",
                description = "The queue to run on (default: the service's or client's default).")
        String queue;

        @Option(names = "--parallelism", paramLabel = "N", description = "The job's parallelism.")
        Integer parallelism;

        @Option(
                names = "--checkpoint-interval",
                paramLabel = "SECONDS",
                description = "Turn checkpointing on, every SECONDS.")
        Integer checkpointInterval;

        @Option(names = "--description", paramLabel = "TEXT", description = "A description of the job.")
        String description;

        boolean given() {
            return sqlFile != null || jar != null;
        }
    }

    /** How long and for what a command waits. */
    static final class WaitFor {
        enum Until {
            /** The job's end: job_finish is success, any other end is a failure. */
            finished,
            /** The job running (or already finished). */
            running
        }

        @Option(
                names = "--until",
                paramLabel = "STATE",
                defaultValue = "finished",
                description = "What to wait for: finished (default; any other end is a failure) or running.")
        Until until = Until.finished;

        @Option(
                names = "--timeout",
                paramLabel = "DURATION",
                converter = Durations.class,
                defaultValue = "none",
                description =
                        "The longest to wait, e.g. 30m (default: none). Exit code 4 when it passes; the job goes on.")
        Duration timeout = Durations.UNLIMITED;

        @Option(names = "--rows", description = "Then print the job's result rows (a script ending in a query).")
        boolean rows;

        Set<JobStatus> targets() {
            return until == Until.running
                    ? Set.of(JobStatus.JOB_RUNNING, JobStatus.JOB_FINISH)
                    : Set.of(JobStatus.JOB_FINISH);
        }
    }

    static long resolve(LakeJobClient client, String job) {
        if (ID.matcher(job).matches()) {
            return Long.parseLong(job);
        }
        List<FlinkJob> named = byName(client, job);
        if (named.isEmpty()) {
            throw new CliException(ExitCodes.SERVICE_ERROR, "No Flink job is named '" + job + "'");
        }
        if (named.size() > 1) {
            List<Long> ids = named.stream().map(FlinkJob::jobId).toList();
            throw new CliException(
                    ExitCodes.USAGE,
                    "Several Flink jobs are named '" + job + "' (ids " + ids + "): give the id instead");
        }
        return named.get(0).jobId();
    }

    static List<FlinkJob> byName(LakeJobClient client, String name) {
        List<FlinkJob> out = new ArrayList<>();
        for (FlinkJob j : client.jobs()
                .listAll(ListFlinkJobsRequest.builder()
                        .name(name)
                        .limit(ListFlinkJobsRequest.MAX_LIMIT)
                        .build())) {
            if (name.equals(j.name())) {
                out.add(j);
            }
        }
        return out;
    }

    static Map<String, Object> json(FlinkJobDetail d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobId", d.jobId());
        m.put("name", d.name());
        m.put("type", d.jobType());
        m.put("status", d.status());
        m.put("statusDesc", d.statusDesc() == null || d.statusDesc().isEmpty() ? null : d.statusDesc());
        m.put("queue", d.queueName());
        m.put("createTime", d.createTime());
        m.put("startTime", d.startTime());
        m.put("savepointPath", d.savepointPath());
        return m;
    }

    static void check(FlinkJobsBatchResponse r, String what) {
        if (!r.allSucceeded()) {
            String message = r.results().stream()
                    .map(BasicResponse::message)
                    .filter(m -> m != null && !m.isBlank())
                    .findFirst()
                    .orElse("no reason given");
            throw new CliException(ExitCodes.SERVICE_ERROR, what + " was refused: " + message);
        }
    }

    /** Creates the job, or updates the job of that name; returns its id. */
    static long submit(Lakejob root, LakeJobClient client, Definition d, Map<String, Object> json) {
        if (d.name == null || d.name.isBlank()) {
            throw new CliException(ExitCodes.USAGE, "--name is required with --sql-file or --jar");
        }
        if ((d.sqlFile == null) == (d.jar == null)) {
            throw new CliException(ExitCodes.USAGE, "give exactly one of --sql-file and --jar");
        }
        List<FlinkJob> existing = byName(client, d.name);
        if (existing.size() > 1) {
            throw new CliException(
                    ExitCodes.USAGE, "Several Flink jobs are named '" + d.name + "': delete the extra ones");
        }
        Long id = existing.isEmpty() ? null : existing.get(0).jobId();
        boolean sql = d.sqlFile != null;
        if (id != null) {
            JobType type = existing.get(0).jobType();
            boolean wasJar = JobType.FLINK_JAR_JOB.equals(type);
            if (wasJar == sql) {
                throw new CliException(
                        ExitCodes.USAGE,
                        "Flink job '" + d.name + "' (" + id + ") is a " + type + ": delete it to submit it as a "
                                + (sql ? "SQL" : "jar") + " job");
            }
        }
        Integer checkpoint = d.checkpointInterval;
        if (sql) {
            String body = readSql(d.sqlFile);
            if (id == null) {
                CreateFlinkSqlJobRequest request = CreateFlinkSqlJobRequest.builder()
                        .name(d.name)
                        .desc(d.description)
                        .queueName(d.queue)
                        .sqlBody(body)
                        .parallelNumber(d.parallelism)
                        .checkpointEnabled(checkpoint == null ? null : true)
                        .checkpointInterval(checkpoint)
                        .build();
                id = created(root, client, request.name(), () -> client.jobs()
                        .createSqlJob(request)
                        .jobId());
            } else {
                long jobId = id;
                client.jobs().updateSqlJob(u -> u.jobId(jobId)
                        .name(d.name)
                        .desc(d.description)
                        .queueName(d.queue)
                        .sqlBody(body)
                        .parallelNumber(d.parallelism)
                        .checkpointEnabled(checkpoint == null ? null : true)
                        .checkpointInterval(checkpoint));
            }
        } else {
            String file = d.jar.substring(d.jar.replace('\\', '/').lastIndexOf('/') + 1);
            client.resources().uploadJars(d.group, List.of(d.jar));
            String entrypoint = d.group + "/" + file;
            if (id == null) {
                CreateFlinkJarJobRequest request = CreateFlinkJarJobRequest.builder()
                        .name(d.name)
                        .desc(d.description)
                        .queueName(d.queue)
                        .entrypoint(entrypoint)
                        .mainClass(d.mainClass)
                        .entrypointArgs(d.args)
                        .parallelNumber(d.parallelism)
                        .build();
                id = created(root, client, request.name(), () -> client.jobs()
                        .createJarJob(request)
                        .jobId());
            } else {
                long jobId = id;
                client.jobs().updateJarJob(u -> u.jobId(jobId)
                        .name(d.name)
                        .desc(d.description)
                        .queueName(d.queue)
                        .entrypoint(entrypoint)
                        .mainClass(d.mainClass)
                        .entrypointArgs(d.args)
                        .parallelNumber(d.parallelism));
            }
        }
        json.put("action", existing.isEmpty() ? "created" : "updated");
        return id;
    }

    private static long created(
            Lakejob root, LakeJobClient client, String name, java.util.function.LongSupplier create) {
        try {
            return create.getAsLong();
        } catch (OutcomeUnknownException e) {
            // Sent, no answer: look for it by its client token before anything is sent twice.
            FlinkJob found = Reconcile.findFlinkJob(client.jobs(), e).orElseThrow(() -> e);
            root.output()
                    .progress("the create of '" + name + "' got no answer; the service has it as job " + found.jobId()
                            + " (client token " + e.clientToken() + ")");
            return found.jobId();
        }
    }

    static String readSql(Path file) {
        try {
            String sql = Files.readString(file, StandardCharsets.UTF_8);
            if (sql.isBlank()) {
                throw new CliException(ExitCodes.USAGE, "The SQL file " + file + " is empty");
            }
            return sql;
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "Cannot read the SQL file " + file + ": " + e);
        }
    }

    /**
     * Runs the job (from its latest savepoint when {@code resume}) and, unless detached, waits as asked.
     *
     * @return the exit code
     */
    static int run(
            Lakejob root,
            LakeJobClient client,
            long id,
            boolean resume,
            WaitFor wait,
            boolean detach,
            Map<String, Object> json) {
        Output out = root.output();
        FlinkJobDetail before = client.jobs().get(id).jobDetail();
        if (resume && (before.savepointPath() == null || before.savepointPath().isBlank())) {
            throw new CliException(
                    ExitCodes.SERVICE_ERROR,
                    "Flink job " + id + " (" + before.name() + ") has no savepoint to resume from: stop it with a "
                            + "savepoint first (flink-job stop --savepoint), or run it from the start (flink-job run)");
        }
        try (Progress<JobStatus> progress =
                new Progress<>(out, "flink job " + id + " (" + before.name() + ")", root.progressEvery())) {
            progress.say(resume ? "resuming from " + before.savepointPath() : "running");
            check(
                    client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(resume ? Boolean.TRUE : null)),
                    "Running Flink job " + id);
            if (resume) {
                json.put("resumedFrom", before.savepointPath());
            }
            if (detach) {
                return done(client, id, json, null, false, out);
            }
            return await(root, client, id, wait, json, progress);
        }
    }

    static int await(
            Lakejob root,
            LakeJobClient client,
            long id,
            WaitFor wait,
            Map<String, Object> json,
            Progress<JobStatus> progress) {
        Output out = root.output();
        boolean failed = false;
        try {
            client.jobs().waitUntil(id, wait.targets(), WaitOptions.timeout(wait.timeout), progress);
        } catch (JobStateException e) {
            failed = true;
        }
        json.put("elapsedMs", progress.elapsed().toMillis());
        SqlExecutionResult rows = null;
        if (wait.rows && !failed) {
            rows = client.flink().jobData(String.valueOf(id));
        }
        return done(client, id, json, rows, failed, out);
    }

    private static int done(
            LakeJobClient client,
            long id,
            Map<String, Object> json,
            SqlExecutionResult rows,
            boolean failed,
            Output out) {
        FlinkJobDetail d = client.jobs().get(id).jobDetail();
        Map<String, Object> result = json(d);
        result.putAll(json);
        result.put("result", failed ? "failed" : "ok");
        if (rows != null) {
            result.put("flinkJobId", rows.jobId());
            result.putAll(Output.rows(rows));
        }
        out.result(result, p -> {
            if (rows != null) {
                Output.printRows(p, rows);
            } else {
                p.println("Flink job " + d.jobId() + " (" + d.name() + "): " + d.status()
                        + (d.statusDesc() == null || d.statusDesc().isBlank() ? "" : " - " + d.statusDesc()));
            }
        });
        if (failed) {
            out.err()
                    .println("lakejob: error: Flink job " + d.jobId() + " (" + d.name() + ") ended " + d.status()
                            + (d.statusDesc() == null || d.statusDesc().isBlank() ? "" : ": " + d.statusDesc()));
            out.err().flush();
        }
        return failed ? ExitCodes.JOB_FAILED : ExitCodes.OK;
    }

    /** Stops the job (with a savepoint when asked) and, unless {@code noWait}, waits until it has stopped. */
    static int stop(
            Lakejob root,
            LakeJobClient client,
            long id,
            boolean savepoint,
            boolean noWait,
            Duration timeout,
            Map<String, Object> json) {
        Output out = root.output();
        FlinkJobDetail before = client.jobs().get(id).jobDetail();
        try (Progress<JobStatus> progress =
                new Progress<>(out, "flink job " + id + " (" + before.name() + ")", root.progressEvery())) {
            progress.say(savepoint ? "stopping with a savepoint" : "stopping without a savepoint");
            check(client.jobs().stop(id, savepoint), "Stopping Flink job " + id);
            boolean failed = false;
            if (!noWait) {
                try {
                    client.jobs()
                            .waitUntil(
                                    id,
                                    Set.of(JobStatus.JOB_CANCEL_SUCCESS, JobStatus.JOB_FINISH),
                                    WaitOptions.timeout(timeout),
                                    progress);
                } catch (JobStateException e) {
                    failed = true;
                }
            }
            FlinkJobDetail after = client.jobs().get(id).jobDetail();
            Map<String, Object> result = json(after);
            result.putAll(json);
            result.put("result", failed ? "failed" : "ok");
            boolean newSavepoint = savepoint
                    && after.savepointPath() != null
                    && !after.savepointPath().equals(before.savepointPath());
            result.put("savepointTaken", newSavepoint);
            out.result(result, p -> {
                p.println("Flink job " + id + " (" + after.name() + "): " + after.status());
                if (newSavepoint) {
                    p.println("savepoint: " + after.savepointPath());
                }
            });
            if (savepoint && !noWait && !newSavepoint && !failed) {
                out.warn("Flink job " + id + " stopped, but no new savepoint is recorded for it");
            }
            return failed ? ExitCodes.JOB_FAILED : ExitCodes.OK;
        }
    }

    static int status(Lakejob root, LakeJobClient client, long id, Map<String, Object> json) {
        FlinkJobDetail d = client.jobs().get(id).jobDetail();
        Map<String, Object> result = json(d);
        result.putAll(json);
        result.put("failed", FAILED.contains(d.status()));
        root.output().result(result, p -> Output.printFields(p, result));
        return ExitCodes.OK;
    }

    // ---- commands ----------------------------------------------------------------------------

    @Command(
            name = "submit",
            mixinStandardHelpOptions = true,
            description = {
                "Create a Flink job from a SQL file or a jar, or update the job of that name; does not run it.",
                "Prints the job id."
            })
    static final class Submit implements Callable<Integer> {
        private final Lakejob root;

        @Mixin
        Definition definition;

        Submit(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (LakeJobClient client = root.client(true)) {
                Map<String, Object> json = new LinkedHashMap<>();
                long id = submit(root, client, definition, json);
                FlinkJobDetail d = client.jobs().get(id).jobDetail();
                Map<String, Object> result = json(d);
                result.putAll(json);
                root.output().result(result, p -> p.println(id));
                return ExitCodes.OK;
            }
        }
    }

    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = {
                "Run a Flink job from the start and follow it to its end (or --until running, or --detach).",
                "With --sql-file or --jar (and --name), submit it first: one command for a scheduler task."
            })
    static final class Run implements Callable<Integer> {
        private final Lakejob root;

        @Parameters(arity = "0..1", paramLabel = "JOB", description = "The job's name or id (or give a definition).")
        String job;

        @Mixin
        Definition definition;

        @Mixin
        WaitFor wait;

        @Option(
                names = "--detach",
                description = "Return once the run is accepted. On flink: endpoints the job then ends with this "
                        + "process, except on yarn-application/yarn-per-job clusters kept (flink.close.clusters=keep).")
        boolean detach;

        Run(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (LakeJobClient client = root.client(true)) {
                Map<String, Object> json = new LinkedHashMap<>();
                long id;
                if (definition.given()) {
                    if (job != null) {
                        throw new CliException(
                                ExitCodes.USAGE, "give a JOB or a definition (--sql-file/--jar), not both");
                    }
                    id = submit(root, client, definition, json);
                } else if (job == null) {
                    throw new CliException(
                            ExitCodes.USAGE, "give a JOB (name or id), or --name with --sql-file or --jar");
                } else {
                    id = resolve(client, job);
                }
                return FlinkJobCommand.run(root, client, id, false, wait, detach, json);
            }
        }
    }

    @Command(
            name = "wait",
            mixinStandardHelpOptions = true,
            description = "Wait for a Flink job to finish (or --until running), with progress on stderr.")
    static final class Wait implements Callable<Integer> {
        private final Lakejob root;

        @Parameters(paramLabel = "JOB", description = "The job's name or id.")
        String job;

        @Mixin
        WaitFor wait;

        Wait(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (LakeJobClient client = root.client(false)) {
                long id = resolve(client, job);
                FlinkJobDetail d = client.jobs().get(id).jobDetail();
                try (Progress<JobStatus> progress = new Progress<>(
                        root.output(), "flink job " + id + " (" + d.name() + ")", root.progressEvery())) {
                    return await(root, client, id, wait, new LinkedHashMap<>(), progress);
                }
            }
        }
    }

    @Command(
            name = "stop",
            mixinStandardHelpOptions = true,
            description =
                    "Stop a running Flink job, with --savepoint first taking a savepoint that resume starts from.")
    static final class Stop implements Callable<Integer> {
        private final Lakejob root;

        @Parameters(paramLabel = "JOB", description = "The job's name or id.")
        String job;

        @Option(names = "--savepoint", description = "Stop with a savepoint (flink-job resume continues from it).")
        boolean savepoint;

        @Option(names = "--no-wait", description = "Return once the stop is accepted.")
        boolean noWait;

        @Option(
                names = "--timeout",
                paramLabel = "DURATION",
                converter = Durations.class,
                defaultValue = "10m",
                description = "The longest to wait for the job to stop (default: ${DEFAULT-VALUE}).")
        Duration timeout;

        Stop(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (LakeJobClient client = root.client(true)) {
                return stop(root, client, resolve(client, job), savepoint, noWait, timeout, new LinkedHashMap<>());
            }
        }
    }

    @Command(
            name = "resume",
            mixinStandardHelpOptions = true,
            description = "Run a Flink job again from its latest savepoint (taken by stop --savepoint) and follow it.")
    static final class Resume implements Callable<Integer> {
        private final Lakejob root;

        @Parameters(paramLabel = "JOB", description = "The job's name or id.")
        String job;

        @Mixin
        WaitFor wait;

        @Option(names = "--detach", description = "Return once the run is accepted.")
        boolean detach;

        Resume(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (LakeJobClient client = root.client(true)) {
                return run(root, client, resolve(client, job), true, wait, detach, new LinkedHashMap<>());
            }
        }
    }

    @Command(
            name = "cancel",
            mixinStandardHelpOptions = true,
            description = "Stop a running Flink job without a savepoint.")
    static final class Cancel implements Callable<Integer> {
        private final Lakejob root;

        @Parameters(paramLabel = "JOB", description = "The job's name or id.")
        String job;

        @Option(names = "--no-wait", description = "Return once the cancel is accepted.")
        boolean noWait;

        @Option(
                names = "--timeout",
                paramLabel = "DURATION",
                converter = Durations.class,
                defaultValue = "10m",
                description = "The longest to wait for the job to stop (default: ${DEFAULT-VALUE}).")
        Duration timeout;

        Cancel(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (LakeJobClient client = root.client(true)) {
                return stop(root, client, resolve(client, job), false, noWait, timeout, new LinkedHashMap<>());
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Print a Flink job's status and details.")
    static final class Status implements Callable<Integer> {
        private final Lakejob root;

        @Parameters(paramLabel = "JOB", description = "The job's name or id.")
        String job;

        Status(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (LakeJobClient client = root.client(false)) {
                return status(root, client, resolve(client, job), new LinkedHashMap<>());
            }
        }
    }

    @Command(
            name = "rows",
            mixinStandardHelpOptions = true,
            description = "Print the result rows of a Flink SQL job whose script ends in a query (flink: endpoints).")
    static final class Rows implements Callable<Integer> {
        private final Lakejob root;

        @Parameters(paramLabel = "JOB", description = "The job's name or id.")
        String job;

        Rows(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (LakeJobClient client = root.client(false)) {
                long id = resolve(client, job);
                SqlExecutionResult rows = client.flink().jobData(String.valueOf(id));
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("jobId", id);
                result.put("flinkJobId", rows.jobId());
                result.putAll(Output.rows(rows));
                root.output().result(result, p -> Output.printRows(p, rows));
                return ExitCodes.OK;
            }
        }
    }

    @Command(
            name = "exec",
            mixinStandardHelpOptions = true,
            description = {
                "DolphinScheduler's executeType on a Flink job:",
                "  REPEAT_RUNNING              run again from the start (flink-job run)",
                "  RECOVER_SUSPENDED_PROCESS   resume from the latest savepoint (flink-job resume)",
                "  START_FAILURE_TASK_PROCESS  run again only if the last run failed, else nothing",
                "  STOP                        stop without a savepoint (flink-job cancel)",
                "  PAUSE                       stop with a savepoint (flink-job stop --savepoint)",
                "  NONE                        nothing (flink-job status)",
                "Runs are followed as flink-job run follows them (--until, --timeout, --rows, --detach)."
            })
    static final class Exec implements Callable<Integer> {
        private final Lakejob root;

        @Option(
                names = "--execute-type",
                required = true,
                paramLabel = "TYPE",
                description =
                        "REPEAT_RUNNING, RECOVER_SUSPENDED_PROCESS, START_FAILURE_TASK_PROCESS, STOP, PAUSE or NONE.")
        String executeType;

        @Parameters(paramLabel = "JOB", description = "The job's name or id.")
        String job;

        @Mixin
        WaitFor wait;

        @Option(names = "--detach", description = "Return once a run is accepted.")
        boolean detach;

        Exec(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            ExecuteType type;
            try {
                type = ExecuteType.parse(executeType);
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, e.getMessage());
            }
            try (LakeJobClient client = root.client(type != ExecuteType.NONE)) {
                long id = resolve(client, job);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("executeType", type.name());
                switch (type) {
                    case REPEAT_RUNNING:
                        json.put("action", "run");
                        return run(root, client, id, false, wait, detach, json);
                    case RECOVER_SUSPENDED_PROCESS:
                        json.put("action", "resume");
                        return run(root, client, id, true, wait, detach, json);
                    case START_FAILURE_TASK_PROCESS: {
                        FlinkJobDetail d = client.jobs().get(id).jobDetail();
                        if (FAILED.contains(d.status())) {
                            json.put("action", "run");
                            return run(root, client, id, false, wait, detach, json);
                        }
                        root.output()
                                .progress("flink job " + id + " (" + d.name() + ") is " + d.status()
                                        + ", not failed: nothing to do");
                        json.put("action", "none");
                        return status(root, client, id, json);
                    }
                    case STOP:
                        json.put("action", "stop");
                        return stop(root, client, id, false, detach, wait.timeout, json);
                    case PAUSE:
                        json.put("action", "stop with savepoint");
                        return stop(root, client, id, true, detach, wait.timeout, json);
                    default:
                        json.put("action", "none");
                        return status(root, client, id, json);
                }
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List Flink jobs: id, name, type, status.")
    static final class ListJobs implements Callable<Integer> {
        private final Lakejob root;

        @Option(names = "--name", paramLabel = "NAME", description = "Only jobs with this name.")
        String name;

        @Option(names = "--status", paramLabel = "STATUS", description = "Only jobs in this status, e.g. job_running.")
        String status;

        ListJobs(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (LakeJobClient client = root.client(false)) {
                List<Map<String, Object>> jobs = new ArrayList<>();
                for (FlinkJob j : client.jobs()
                        .listAll(ListFlinkJobsRequest.builder()
                                .name(name)
                                .status(status == null ? null : JobStatus.of(status))
                                .limit(ListFlinkJobsRequest.MAX_LIMIT)
                                .build())) {
                    if (name != null && !name.equals(j.name())) {
                        continue;
                    }
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("jobId", j.jobId());
                    m.put("name", j.name());
                    m.put("type", j.jobType());
                    m.put("status", j.status());
                    m.put("createTime", j.createTime());
                    jobs.add(m);
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("jobs", jobs);
                root.output().result(result, p -> {
                    for (Map<String, Object> m : jobs) {
                        p.println(m.get("jobId") + "\t" + m.get("name") + "\t" + Output.plain(m.get("type")) + "\t"
                                + Output.plain(m.get("status")));
                    }
                });
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a Flink job (in any status).")
    static final class Delete implements Callable<Integer> {
        private final Lakejob root;

        @Parameters(paramLabel = "JOB", description = "The job's name or id.")
        String job;

        Delete(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (LakeJobClient client = root.client(true)) {
                long id = resolve(client, job);
                BasicResponse r = client.jobs().delete(id);
                if (Boolean.FALSE.equals(r.isSuccess())) {
                    throw new CliException(
                            ExitCodes.SERVICE_ERROR, "Deleting Flink job " + id + " was refused: " + r.message());
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("jobId", id);
                result.put("deleted", true);
                root.output().result(result, p -> p.println("Flink job " + id + " deleted"));
                return ExitCodes.OK;
            }
        }
    }
}
