package io.lakejob.sdk.flink;

import static io.lakejob.sdk.flink.JarJobTestJars.await;
import static io.lakejob.sdk.flink.JarJobTestJars.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.flink.userjob.CountJob;
import io.lakejob.sdk.flink.userjob.LineFileSink;
import io.lakejob.sdk.flink.userjob.TickJob;
import io.lakejob.sdk.model.job.FlinkJob;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.JobType;
import io.lakejob.sdk.model.job.ListFlinkJobsRequest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(LakeJobFlinkExtension.class)
class JarJobTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    Path tmp;

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().collect(Collectors.toList());
    }

    @Test
    void boundedJarJobRunsFromTheManifestMainClassAndIsUpdatedRunListedAndDeleted(LakeJobClient client)
            throws Exception {
        Path jar = JarJobTestJars.jarOf(
                tmp.resolve("count.jar"), CountJob.class.getName(), CountJob.class, LineFileSink.class);
        client.resources().uploadJars("jarjob-count", List.of(jar.toString()));
        Path out = tmp.resolve("out one");
        long id = client.jobs()
                .createJarJob(j -> j.name("count_jar")
                        .entrypoint("jarjob-count/count.jar")
                        .entrypointArgs("'" + out + "'  10")
                        .parallelNumber(1))
                .job()
                .jobId();
        FlinkJobDetail init = client.jobs().get(id).jobDetail();
        assertThat(init.status()).isEqualTo(JobStatus.JOB_INIT);
        assertThat(init.jobType()).isEqualTo(JobType.FLINK_JAR_JOB);
        assertThat(init.jobConfig().entrypoint()).isEqualTo("jarjob-count/count.jar");
        assertThat(init.entrypointArgs()).isEqualTo("'" + out + "'  10");

        assertThat(client.jobs().run(id).results())
                .singleElement()
                .satisfies(r -> assertThat(r.isSuccess()).as(r.message()).isTrue());
        FlinkJobDetail done =
                client.jobs().waitUntil(id, JobStatus.JOB_FINISH, TIMEOUT).jobDetail();
        assertThat(done.status()).isEqualTo(JobStatus.JOB_FINISH);
        // 1..10 by n % 3: {3,6,9}, {1,4,7,10}, {2,5,8}
        assertThat(sorted(lines(out))).containsExactly("0=3", "1=4", "2=3");

        // Update: new arguments and an explicit main class, effective on the next run.
        Path out2 = tmp.resolve("out2");
        client.jobs()
                .updateJarJob(
                        u -> u.jobId(id).mainClass(CountJob.class.getName()).entrypointArgs(out2 + " 4"));
        FlinkJobDetail updated = client.jobs().get(id).jobDetail();
        assertThat(updated.mainClass()).isEqualTo(CountJob.class.getName());
        assertThat(updated.entrypointArgs()).isEqualTo(out2 + " 4");
        client.jobs().run(id);
        client.jobs().waitUntil(id, JobStatus.JOB_FINISH, TIMEOUT);
        assertThat(sorted(lines(out2))).containsExactly("0=1", "1=2", "2=1");

        List<Long> jarJobs = new ArrayList<>();
        for (FlinkJob j : client.jobs()
                .listAll(ListFlinkJobsRequest.builder()
                        .jobType(JobType.FLINK_JAR_JOB)
                        .limit(100)
                        .build())) {
            assertThat(j.jobType()).isEqualTo(JobType.FLINK_JAR_JOB);
            jarJobs.add(j.jobId());
        }
        assertThat(jarJobs).contains(id);

        assertThat(client.jobs().delete(id).isSuccess()).isTrue();
        assertThatThrownBy(() -> client.jobs().get(id))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0002"));
    }

    @Test
    void dependencyJarsAndFilesReachTheUserProgram(LakeJobClient client) throws Exception {
        // Both classes exist only in the jars compiled here, not on the test class path.
        Path greeter = JarJobTestJars.compileJar(
                tmp.resolve("greeter.jar"),
                null,
                Map.of(
                        "dep.Greeter",
                        "package dep; public final class Greeter {"
                                + " public static String greet(long n) { return \"hello-\" + n; } }"));
        Path main = JarJobTestJars.compileJar(
                tmp.resolve("greet.jar"),
                null,
                Map.of(
                        "depmain.GreetJob",
                        "package depmain;\n"
                                + "import io.lakejob.sdk.flink.userjob.LineFileSink;\n"
                                + "import org.apache.flink.api.common.functions.MapFunction;\n"
                                + "import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;\n"
                                + "public class GreetJob {\n"
                                + "  public static void main(String[] args) throws Exception {\n"
                                + "    StreamExecutionEnvironment env ="
                                + " StreamExecutionEnvironment.getExecutionEnvironment();\n"
                                + "    LineFileSink.writeTo(env.fromSequence(1, 3).map(new Greet()), args[0]);\n"
                                + "    env.execute(\"greet-job\");\n"
                                + "  }\n"
                                + "  public static class Greet implements MapFunction<Long, String> {\n"
                                + "    public String map(Long n) throws Exception {\n"
                                + "      java.net.URL u = Greet.class.getClassLoader()"
                                + ".getResource(\"userData/prefix.txt\");\n"
                                + "      String p = new String(u.openStream().readAllBytes(), \"UTF-8\").trim();\n"
                                + "      return p + dep.Greeter.greet(n);\n"
                                + "    }\n"
                                + "  }\n"
                                + "}\n"),
                greeter);
        Path prefix = Files.writeString(tmp.resolve("prefix.txt"), "dep:");
        client.resources()
                .uploadJars(
                        "jarjob-deps", List.of(main.toString(), greeter.toUri().toString()));
        client.resources().uploadFiles("jarjob-deps", List.of(prefix.toString()));

        Path out = tmp.resolve("greet-out");
        long id = client.jobs()
                .createJarJob(j -> j.name("greet_jar")
                        .entrypoint("jarjob-deps/greet.jar")
                        .mainClass("depmain.GreetJob")
                        .entrypointArgs(out.toString())
                        .dependencyJars(List.of("jarjob-deps/greeter.jar"))
                        .dependencyFiles(List.of("jarjob-deps/prefix.txt")))
                .job()
                .jobId();
        FlinkJobDetail d = client.jobs().get(id).jobDetail();
        assertThat(d.mainClass()).isEqualTo("depmain.GreetJob");
        assertThat(d.jobConfig().dependencyJars()).containsExactly("jarjob-deps/greeter.jar");
        assertThat(d.jobConfig().dependencyFiles()).containsExactly("jarjob-deps/prefix.txt");
        client.jobs().run(id);
        client.jobs().waitUntil(id, JobStatus.JOB_FINISH, TIMEOUT);
        assertThat(sorted(lines(out))).containsExactly("dep:hello-1", "dep:hello-2", "dep:hello-3");

        // Without the dependency jar, the task cannot load the helper: the job fails on Flink.
        long broken = client.jobs()
                .createJarJob(j -> j.name("greet_no_dep")
                        .entrypoint("greet.jar")
                        .mainClass("depmain.GreetJob")
                        .entrypointArgs(tmp.resolve("never").toString())
                        .dependencyFiles(List.of("prefix.txt")))
                .job()
                .jobId();
        client.jobs().run(broken);
        FlinkJobDetail failed = client.jobs()
                .waitUntil(
                        broken,
                        java.util.Set.of(
                                JobStatus.JOB_RUNNING_EXCEPTION, JobStatus.JOB_SUBMIT_FAIL, JobStatus.JOB_FINISH),
                        TIMEOUT)
                .jobDetail();
        assertThat(failed.status()).isEqualTo(JobStatus.JOB_RUNNING_EXCEPTION);
        assertThat(failed.statusDesc()).contains("Greeter");
        assertThat(lines(tmp.resolve("never"))).isEmpty();
    }

    @Test
    void streamingJarJobStopsWithASavepointOnDiskAndResumesFromIt(LakeJobClient client) throws Exception {
        Path jar = JarJobTestJars.jarOf(
                tmp.resolve("ticks.jar"), TickJob.class.getName(), TickJob.class, LineFileSink.class);
        client.resources().uploadJars("jarjob-ticks", List.of(jar.toString()));
        Path out = tmp.resolve("ticks");
        long id = client.jobs()
                .createJarJob(j -> j.name("ticks_jar").entrypoint("ticks.jar").entrypointArgs(out.toString()))
                .job()
                .jobId();
        client.jobs().run(id);
        client.jobs().waitUntil(id, JobStatus.JOB_RUNNING, TIMEOUT);
        await("5 ticks", TIMEOUT, () -> lines(out).size() >= 5);

        assertThat(client.jobs().stop(id, true).results())
                .singleElement()
                .satisfies(r -> assertThat(r.isSuccess()).as(r.message()).isTrue());
        FlinkJobDetail stopped = client.jobs()
                .waitUntil(id, JobStatus.JOB_CANCEL_SUCCESS, TIMEOUT)
                .jobDetail();
        String savepoint = stopped.savepointPath();
        assertThat(savepoint).isNotNull();
        Path onDisk = savepoint.startsWith("file:") ? Path.of(URI.create(savepoint)) : Path.of(savepoint);
        assertThat(onDisk.resolve("_metadata")).isRegularFile();
        int before = lines(out).size();

        client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true));
        client.jobs().waitUntil(id, JobStatus.JOB_RUNNING, TIMEOUT);
        await("5 more ticks", TIMEOUT, () -> lines(out).size() >= before + 5);
        client.jobs().stop(id, false);
        client.jobs().waitUntil(id, JobStatus.JOB_CANCEL_SUCCESS, TIMEOUT);

        // Restored from the savepoint, the source continued after its last number instead of restarting at 1.
        List<String> all = lines(out);
        List<String> expected =
                LongStream.rangeClosed(1, all.size()).mapToObj(String::valueOf).collect(Collectors.toList());
        assertThat(all).hasSizeGreaterThanOrEqualTo(before + 5).isEqualTo(expected);
        client.jobs().delete(id);
    }

    @Test
    void definitionsAreCheckedAgainstTheResourceStore(LakeJobClient client) throws Exception {
        assertThatThrownBy(() -> client.jobs().createJarJob(j -> j.name("nojar").entrypoint("jarjob-none/x.jar")))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0002"));
        assertThatThrownBy(() -> client.jobs().createJarJob(j -> j.name("noentry")))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("DLI.0001");
                    assertThat(e.errorMessage()).startsWith("entrypoint");
                });
        Path plain = JarJobTestJars.jarOf(tmp.resolve("plain.jar"), null, LineFileSink.class);
        client.resources().uploadJars("jarjob-plain", List.of(plain.toString()));
        assertThatThrownBy(
                        () -> client.jobs().createJarJob(j -> j.name("nomain").entrypoint("jarjob-plain/plain.jar")))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("DLI.0001");
                    assertThat(e.errorMessage()).startsWith("main_class");
                });
        assertThatThrownBy(() -> client.jobs().createJarJob(j -> j.name("nodep")
                        .entrypoint("jarjob-plain/plain.jar")
                        .mainClass("x.Y")
                        .dependencyJars(List.of("jarjob-plain/missing.jar"))))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.errorMessage())
                        .contains("dependency_jars"));

        // A resource can also be named by the path or URL it was uploaded from.
        long byOrigin = client.jobs()
                .createJarJob(
                        j -> j.name("by_origin").entrypoint(plain.toString()).mainClass("x.Y"))
                .job()
                .jobId();
        assertThat(client.jobs().get(byOrigin).jobDetail().jobConfig().entrypoint())
                .isEqualTo(plain.toString());
        client.jobs().delete(byOrigin);

        long sql = client.jobs()
                .createSqlJob(j -> j.name("sql_not_jar").sqlBody("SELECT 1"))
                .job()
                .jobId();
        assertThatThrownBy(() -> client.jobs().updateJarJob(u -> u.jobId(sql).entrypointArgs("x")))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0001"));
        client.jobs().delete(sql);
    }
}
