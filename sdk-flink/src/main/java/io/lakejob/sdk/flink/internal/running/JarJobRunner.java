package io.lakejob.sdk.flink.internal.running;

import io.lakejob.sdk.flink.internal.FlinkContext;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.ops.ResourceHandlers;
import io.lakejob.sdk.flink.internal.targets.ApplicationSpec;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import io.lakejob.sdk.model.job.CreateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.JobStatus;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.cache.DistributedCache;
import org.apache.flink.client.program.PackagedProgram;
import org.apache.flink.client.program.PackagedProgramUtils;
import org.apache.flink.client.program.rest.RestClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.SavepointRestoreSettings;

/**
 * Runs Flink jar jobs (reference 9.4): the user's jar as a Flink packaged program whose
 * {@code main} builds the job graph in this JVM (dependency jars on its class path), submitted to
 * the cluster's REST endpoint with a fixed job id per run and followed through a {@link JobClient}
 * over {@link RestClusterClient}. Dependency jars are shipped with the job; dependency files are
 * shipped both as class path resources {@code userData/<file>} (the reference's way to read them:
 * {@code getClassLoader().getResource("userData/fileName")}) and as distributed cache entries named
 * after the file.
 */
public final class JarJobRunner {
    /** Where dependency files appear on the job's class path. */
    static final String USER_DATA = "userData/";

    private final FlinkContext ctx;
    private final ResourceHandlers resources;

    /**
     * What one run needs, resolved before it starts.
     *
     * @param jar the entrypoint jar
     * @param mainClass the main class, or {@code null} for the jar's Main-Class
     * @param args the program arguments
     * @param dependencyJars the dependency jars
     * @param dependencyFiles the dependency files
     * @param configuration the Flink configuration of the program
     * @param parallelism the default parallelism
     * @param restorePath the savepoint to restore, or {@code null}
     */
    public record Prepared(
            Path jar,
            String mainClass,
            String[] args,
            List<Path> dependencyJars,
            List<Path> dependencyFiles,
            Configuration configuration,
            int parallelism,
            String restorePath) {}

    public JarJobRunner(FlinkContext ctx, ResourceHandlers resources) {
        this.ctx = ctx;
        this.resources = resources;
    }

    /**
     * Checks a jar job definition: its jar and dependencies exist in the resource store, a main
     * class is known, and the runtime configuration parses.
     *
     * @param d the definition
     * @param restorePath the savepoint to restore, or {@code null}
     * @return the resolved run
     */
    public Prepared prepare(CreateFlinkJarJobRequest d, String restorePath) {
        if (d.entrypoint() == null || d.entrypoint().isBlank()) {
            throw LocalErrors.invalid("entrypoint", "is required: the uploaded jar resource holding the main class");
        }
        Path jar = resources.resolve("entrypoint", d.entrypoint());
        String main = d.mainClass() == null || d.mainClass().isBlank()
                ? null
                : d.mainClass().trim();
        if (main == null) {
            try (JarFile jf = new JarFile(jar.toFile())) {
                Manifest m = jf.getManifest();
                String attr = m == null ? null : m.getMainAttributes().getValue("Main-Class");
                if (attr == null || attr.isBlank()) {
                    throw LocalErrors.invalid(
                            "main_class",
                            "is required: the jar " + d.entrypoint() + " names no Main-Class in its manifest");
                }
            } catch (IOException e) {
                throw LocalErrors.invalid("entrypoint", d.entrypoint() + " is not a readable jar: " + e.getMessage());
            }
        }
        List<Path> jars = new ArrayList<>();
        for (String j : d.dependencyJars()) {
            jars.add(resources.resolve("dependency_jars", j));
        }
        List<Path> files = new ArrayList<>();
        for (String f : d.dependencyFiles()) {
            files.add(resources.resolve("dependency_files", f));
        }
        Configuration conf = new Configuration();
        Map<String, String> runtime = RuntimeConfig.parse(d.runtimeConfig());
        if (!runtime.containsKey("restart-strategy.type")) {
            boolean restart = Boolean.TRUE.equals(d.restartWhenException());
            conf.setString("restart-strategy.type", restart ? "fixed-delay" : "none");
            if (restart) {
                int max = d.resumeMaxNum() == null || d.resumeMaxNum() < 0 ? Integer.MAX_VALUE : d.resumeMaxNum();
                conf.setString("restart-strategy.fixed-delay.attempts", String.valueOf(max));
                conf.setString("restart-strategy.fixed-delay.delay", "1 s");
            }
        }
        if (d.checkpointPath() != null && !d.checkpointPath().isBlank()) {
            conf.setString("execution.checkpointing.dir", storageUri("checkpoint_path", d.checkpointPath()));
        }
        for (Map.Entry<String, String> e : runtime.entrySet()) {
            conf.setString(e.getKey(), e.getValue());
        }
        int parallelism = d.parallelNumber() == null ? 1 : d.parallelNumber();
        return new Prepared(jar, main, splitArgs(d.entrypointArgs()), jars, files, conf, parallelism, restorePath);
    }

    private static String storageUri(String field, String path) {
        if (path.startsWith("obs://")) {
            throw LocalErrors.invalid(
                    field, "the Flink transport writes checkpoints to local or Flink file systems, not OBS");
        }
        return path.contains("://")
                ? path
                : Path.of(path).toAbsolutePath().toUri().toString();
    }

    /**
     * Splits {@code entrypoint_args} ("separated by spaces", reference 9.4): whitespace separates
     * arguments; single or double quotes keep spaces inside one argument.
     *
     * @param text the arguments, or {@code null}
     * @return the arguments
     */
    static String[] splitArgs(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return new String[0];
        }
        StringBuilder cur = new StringBuilder();
        boolean inToken = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inToken = true;
            } else if (Character.isWhitespace(c)) {
                if (inToken) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inToken = false;
                }
            } else {
                cur.append(c);
                inToken = true;
            }
        }
        if (quote != 0) {
            throw LocalErrors.invalid("entrypoint_args", "has an unclosed " + quote + " quote");
        }
        if (inToken) {
            out.add(cur.toString());
        }
        return out.toArray(new String[0]);
    }

    /**
     * Starts a run in the background.
     *
     * @param record the job record (its run has begun)
     * @param attempt the run number
     * @param p the resolved run
     * @param target where it runs (checked by {@link io.lakejob.sdk.flink.internal.targets.Targets#check})
     * @return completes when the run ends, never exceptionally
     */
    public CompletableFuture<Void> start(FlinkJobRecord record, int attempt, Prepared p, TargetSettings target) {
        return CompletableFuture.runAsync(() -> run(record, attempt, p, target), ctx.executor());
    }

    private void run(FlinkJobRecord record, int attempt, Prepared p, TargetSettings ts) {
        boolean submitted = false;
        Path work = null;
        PackagedProgram program = null;
        try {
            DeploymentTarget target = ctx.targets().get(ts);
            // Deploys a session or attaches to it; an unreachable cluster fails the run here, with the cause.
            target.open();
            work = Files.createTempDirectory("lakejob-jar-job-");
            List<URL> classPath = new ArrayList<>();
            for (Path j : p.dependencyJars()) {
                classPath.add(url(j));
            }
            Path userData = null;
            if (!p.dependencyFiles().isEmpty()) {
                userData = userDataJar(work, p.dependencyFiles());
                classPath.add(url(userData));
            }
            Configuration conf = new Configuration(p.configuration());
            PackagedProgram.Builder b = PackagedProgram.newBuilder()
                    .setJarFile(p.jar().toFile())
                    .setArguments(p.args())
                    .setUserClassPaths(classPath)
                    .setConfiguration(conf);
            if (p.mainClass() != null) {
                b.setEntryPointClassName(p.mainClass());
            }
            if (p.restorePath() != null) {
                b.setSavepointRestoreSettings(SavepointRestoreSettings.forPath(p.restorePath(), false));
            }
            program = b.build();
            JobID jobId = ctx.runner().jobId(record.id(), attempt);
            JobGraph graph = PackagedProgramUtils.createJobGraph(program, conf, p.parallelism(), jobId, false);
            // Ship the dependencies with the job instead of naming local URLs the cluster may not see.
            graph.setClasspaths(List.of());
            for (URL u : classPath) {
                graph.addJar(new org.apache.flink.core.fs.Path(u.toURI()));
            }
            for (Path f : p.dependencyFiles()) {
                String name = f.getFileName().toString();
                if (!graph.getUserArtifacts().containsKey(name)) {
                    graph.addUserArtifact(
                            name,
                            new DistributedCache.DistributedCacheEntry(f.toUri().toString(), false));
                }
            }
            if (record.stopRequested()) {
                record.status(
                        JobStatus.JOB_CANCEL_SUCCESS,
                        "stopped before submission",
                        ctx.clock().instant());
                return;
            }
            DeploymentTarget.Submitted accepted =
                    target.submit(graph, program.getUserCodeClassLoader()).get();
            JobClient client = accepted.client();
            record.submitted(client, accepted.clusterId(), ctx.clock().instant());
            RunningWatch.start(record, attempt, client, ctx.executor(), ctx.clock());
            submitted = true;
            RunFollower.Outcome o = RunFollower.await(
                    client,
                    target,
                    record.jobRef(),
                    program.getUserCodeClassLoader(),
                    () -> record.attempt() == attempt);
            record.ended(o.status(), o.description(), ctx.clock().instant());
        } catch (Throwable e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            record.ended(
                    submitted ? JobStatus.JOB_RUNNING_EXCEPTION : JobStatus.JOB_SUBMIT_FAIL,
                    SqlJobRunner.describe(e),
                    ctx.clock().instant());
        } finally {
            if (program != null) {
                program.close();
            }
            deleteTree(work);
        }
    }

    /**
     * Starts an application-mode run in the background: the target deploys a cluster whose
     * JobManager runs the application's main class, and the record follows the job it starts.
     *
     * @param record the job record (its run has begun)
     * @param attempt the run number
     * @param app what the cluster runs (its {@code flinkJobId} is the run's)
     * @param ts the target (an application target, checked)
     * @return completes when the run ends, never exceptionally
     */
    public CompletableFuture<Void> startApplication(
            FlinkJobRecord record, int attempt, ApplicationSpec app, TargetSettings ts) {
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        DeploymentTarget target = ctx.targets().get(ts);
                        target.open();
                        if (record.stopRequested()) {
                            record.status(
                                    JobStatus.JOB_CANCEL_SUCCESS,
                                    "stopped before submission",
                                    ctx.clock().instant());
                            return;
                        }
                        SqlJobRunner.deployAndFollow(
                                record,
                                attempt,
                                target,
                                ts,
                                app,
                                ctx.clock(),
                                JarJobRunner.class.getClassLoader(),
                                ctx.executor());
                    } catch (Throwable e) {
                        if (e instanceof InterruptedException) {
                            Thread.currentThread().interrupt();
                        }
                        // Only the deploy itself throws: what follows it ends the record in deployAndFollow.
                        record.ended(
                                JobStatus.JOB_SUBMIT_FAIL,
                                SqlJobRunner.describe(e),
                                ctx.clock().instant());
                    }
                },
                ctx.executor());
    }

    private static URL url(Path p) throws MalformedURLException {
        return p.toAbsolutePath().toUri().toURL();
    }

    /** A jar holding each dependency file at {@code userData/<name>}. */
    private static Path userDataJar(Path work, List<Path> files) throws IOException {
        Path jar = work.resolve("userData.jar");
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path f : files) {
            byName.put(f.getFileName().toString(), f);
        }
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream z = new JarOutputStream(out)) {
            z.putNextEntry(new ZipEntry(USER_DATA));
            z.closeEntry();
            for (Map.Entry<String, Path> e : byName.entrySet()) {
                z.putNextEntry(new ZipEntry(USER_DATA + e.getKey()));
                Files.copy(e.getValue(), z);
                z.closeEntry();
            }
        }
        return jar;
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
