package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.model.catalog.Column;
import io.lakejob.sdk.model.catalog.DataLocation;
import io.lakejob.sdk.model.catalog.Database;
import io.lakejob.sdk.model.connection.Host;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.permission.PermissionAction;
import io.lakejob.sdk.model.permission.Privilege;
import io.lakejob.sdk.model.permission.UserPrivilege;
import io.lakejob.sdk.model.queue.Queue;
import io.lakejob.sdk.model.queue.QueuePlan;
import io.lakejob.sdk.model.queue.Weekday;
import io.lakejob.sdk.model.template.JobTemplate;
import io.lakejob.sdk.model.variable.GlobalVariable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FlinkOptions#METADATA_DIR}: metadata outlives its client and a later client sees it. */
class MetadataStoreDirectoryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static LakeJobClient client(Path dir) {
        io.lakejob.sdk.LakeJobClientBuilder b =
                LakeJobClient.builder().endpoint("flink:local").property(FlinkOptions.LOCAL_SLOTS, "2");
        if (dir != null) {
            b.property(FlinkOptions.METADATA_DIR, dir.toString());
        }
        return b.build();
    }

    static FlinkJobDetail finish(LakeJobClient c, long id) {
        return c.jobs()
                .waitUntil(
                        id,
                        Set.of(JobStatus.JOB_FINISH),
                        WaitOptions.timeout(Duration.ofMinutes(2)).withPollInterval(Duration.ofMillis(50)),
                        (a, b, t) -> {})
                .jobDetail();
    }

    @Test
    void uploadedResourcesAreKeptForALaterClient(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("meta");
        Path source = Files.writeString(tmp.resolve("lookup.csv"), "1,a\n");
        try (LakeJobClient a = client(dir)) {
            a.resources().uploadFiles("refdata", List.of(source.toString()));
            a.resources().updateOwner(o -> o.newOwner("alice_1").groupName("refdata"));
        }
        try (LakeJobClient b = client(dir)) {
            io.lakejob.sdk.model.resource.Resource r = b.resources().get("lookup.csv", "refdata");
            assertThat(Files.readString(Path.of(r.underlyingName()))).isEqualTo("1,a\n");
            assertThat(Path.of(r.underlyingName())).startsWith(dir);
            assertThat(b.resources().list(l -> {}).groups()).singleElement().satisfies(g -> assertThat(g.owner())
                    .isEqualTo("alice_1"));
            b.resources().delete("lookup.csv", "refdata");
        }
        try (LakeJobClient c = client(dir)) {
            assertThat(c.resources().list(l -> {}).items()).isEmpty();
        }
    }

    @Test
    void aLaterClientOnTheSameDirectorySeesEverythingAndRunsTheStoredJob(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("meta");
        long filled;
        long sum;
        long templateId;
        String connectionId;
        try (LakeJobClient a = client(dir)) {
            a.queues().create(q -> q.queueName("etl").cuCount(16).description("nightly"));
            Instant begin = Instant.parse("2026-01-01T00:00:00Z");
            a.queues().createPlan(p -> p.queueName("etl")
                    .planName("night")
                    .targetCu(32)
                    .startHour(22)
                    .startMinute(0)
                    .repeatDay(List.of(Weekday.MONDAY))
                    .validDateBegin(begin)
                    .validDateEnd(begin.plusSeconds(86400)));
            templateId = a.templates()
                    .create(t -> t.name("tpl_sum").sqlBody("SELECT 1 AS one"))
                    .templateId();
            a.variables().create(v -> v.varName("upto").varValue("3").isSensitive(true));
            connectionId = a.connections()
                    .create(c -> c.name("conn_meta")
                            .destVpcId("vpc")
                            .destNetworkId("net")
                            .hosts(List.of(Host.of("db-host", "127.0.0.1"))))
                    .connectionId();
            a.permissions().grantQueue(g -> g.queueName("etl")
                    .userName("alice")
                    .action(PermissionAction.GRANT)
                    .privileges(List.of(Privilege.SUBMIT_JOB)));
            a.catalog().createDatabase(d -> d.databaseName("meta_db").description("kept"));
            a.catalog().createTable(t -> t.databaseName("meta_db")
                    .tableName("nums")
                    .dataLocation(DataLocation.DLI)
                    .columns(List.of(Column.of("n", "int"))));
            filled = a.jobs()
                    .createSqlJob(
                            j -> j.name("fill")
                                    .sqlBody(
                                            "INSERT INTO dli.meta_db.nums SELECT n FROM (VALUES (1), (2), (3), (4)) AS t(n) WHERE n <= ${upto}"))
                    .jobId();
            a.jobs().run(filled);
            assertThat(finish(a, filled).status()).isEqualTo(JobStatus.JOB_FINISH);
            sum = a.jobs()
                    .createSqlJob(j -> j.name("sum").sqlBody("SELECT SUM(n) AS s FROM dli.meta_db.nums"))
                    .jobId();
        }

        // Nothing but owner-only files, and no temp file, is left behind.
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                    .isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("variables.json"))))
                    .isEqualTo("rw-------");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
                    .isEmpty();
        }

        try (LakeJobClient b = client(dir)) {
            Queue etl = b.queues().get("etl").queue();
            assertThat(etl.description()).isEqualTo("nightly");
            assertThat(b.queues().listPlans("etl").plans())
                    .extracting(QueuePlan::planName)
                    .containsExactly("night");
            assertThat(b.templates().list(l -> l.name("tpl_sum")).items())
                    .extracting(JobTemplate::templateId)
                    .containsExactly(templateId);
            assertThat(b.variables().list(l -> {}).items())
                    .singleElement()
                    .satisfies(v -> assertThat(v.varValue()).isEqualTo("******"))
                    .extracting(GlobalVariable::varName)
                    .isEqualTo("upto");
            assertThat(b.connections().get(connectionId).connection().name()).isEqualTo("conn_meta");
            assertThat(b.permissions().listQueueUsers("etl").items())
                    .extracting(UserPrivilege::userName)
                    .containsExactly("alice");
            assertThat(b.catalog().listDatabases(l -> l.keyword("meta_db")).databases())
                    .extracting(Database::description)
                    .containsExactly("kept");
            assertThat(b.catalog().describeTable("meta_db", "nums").columns()).isNotEmpty();

            FlinkJobDetail fill = b.jobs().get(filled).jobDetail();
            assertThat(fill.status()).isEqualTo(JobStatus.JOB_FINISH);
            assertThat(fill.sqlBody()).contains("${upto}");
            assertThat(b.jobs().get(sum).jobDetail().status()).isEqualTo(JobStatus.JOB_INIT);

            // The stored job runs on the new client's cluster over the rebuilt catalog and the
            // warehouse data the first client wrote.
            b.jobs().run(sum);
            finish(b, sum);
            assertThat(b.flink().jobData(String.valueOf(sum)).rows())
                    .singleElement()
                    .satisfies(
                            r -> assertThat(((Number) r.get("s")).longValue()).isEqualTo(6L));
            long next = b.jobs()
                    .createSqlJob(j -> j.name("next").sqlBody("SELECT 1 AS x"))
                    .jobId();
            assertThat(next).isGreaterThan(sum);
        }
    }

    @Test
    void aJobRecordedAsRunningByADeadOwnerIsReportedLost(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("meta");
        long embedded;
        long standalone;
        try (LakeJobClient a = client(dir)) {
            embedded = a.jobs()
                    .createSqlJob(j -> j.name("was_running").sqlBody("SELECT 1 AS x"))
                    .jobId();
            standalone = a.jobs()
                    .createSqlJob(j -> j.name("was_remote").sqlBody("SELECT 1 AS x"))
                    .jobId();
        }
        // Rewrite the document as a client that died while both jobs ran would have left it.
        Process gone =
                new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        long deadPid = gone.pid();
        Path file = dir.resolve("flink_jobs.json");
        ObjectNode doc = (ObjectNode) JSON.readTree(file.toFile());
        for (var job : doc.path("data").path("jobs")) {
            ObjectNode j = (ObjectNode) job;
            j.put("status", "job_running");
            j.put("flinkJobId", "0123456789abcdef0123456789abcdef");
            ((ObjectNode) j.path("owner")).put("pid", deadPid);
            boolean remote = j.path("id").asLong() == standalone;
            j.put("cluster", remote ? "http://127.0.0.1:1" : "http://127.0.0.1:8081");
            j.put("embeddedCluster", !remote);
        }
        Files.write(file, JSON.writeValueAsBytes(doc));

        try (LakeJobClient b = client(dir)) {
            FlinkJobDetail e = b.jobs().get(embedded).jobDetail();
            assertThat(e.status()).isEqualTo(JobStatus.JOB_RUNNING_EXCEPTION);
            assertThat(e.statusDesc())
                    .startsWith("lost:")
                    .contains("embedded cluster")
                    .contains("pid " + deadPid);
            FlinkJobDetail s = b.jobs().get(standalone).jobDetail();
            assertThat(s.status()).isEqualTo(JobStatus.JOB_RUNNING_EXCEPTION);
            assertThat(s.statusDesc())
                    .startsWith("lost:")
                    .contains("0123456789abcdef0123456789abcdef")
                    .contains("http://127.0.0.1:1")
                    .contains("did not answer");
            // A lost job can be run again.
            b.jobs().run(embedded);
            assertThat(finish(b, embedded).status()).isEqualTo(JobStatus.JOB_FINISH);
        }
        // The lost state was saved: the next client says the same without asking anyone.
        assertThat(JSON.readTree(file.toFile()).path("data").path("jobs").findValuesAsText("status"))
                .contains("job_running_exception");
    }

    @Test
    void leftoverAndTruncatedTempFilesNeverCorruptTheState(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("meta");
        try (LakeJobClient a = client(dir)) {
            a.queues().create(q -> q.queueName("kept").cuCount(16));
        }
        byte[] good = Files.readAllBytes(dir.resolve("queues.json"));
        // A crash mid-write leaves a temp file: junk, or a truncated copy of a newer document.
        Files.writeString(dir.resolve(".queues.json.123.tmp"), "{\"format\":1,\"data\":{\"queues\":[{\"queue");
        Files.write(dir.resolve(".templates.json.456.tmp"), java.util.Arrays.copyOf(good, good.length / 2));
        Files.writeString(dir.resolve(".catalog.json.789.tmp"), "\u0000\u0000garbage");
        try (LakeJobClient b = client(dir)) {
            assertThat(b.queues().get("kept").queue().cuCount()).isEqualTo(16);
            assertThat(b.templates().list(l -> {}).items()).isEmpty();
            b.queues().create(q -> q.queueName("later").cuCount(16));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
                    .isEmpty();
        }
        try (LakeJobClient c = client(dir)) {
            assertThat(c.queues().list(l -> {}).queues())
                    .extracting(Queue::queueName)
                    .contains("kept", "later");
        }
    }

    @Test
    void aSecondLiveClientOnTheDirectoryOnlyReads(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("meta");
        try (LakeJobClient a = client(dir)) {
            a.queues().create(q -> q.queueName("first").cuCount(16));
            try (LakeJobClient b = client(dir)) {
                assertThat(b.queues().get("first").queue().queueName()).isEqualTo("first");
                assertThatThrownBy(() ->
                                b.queues().create(q -> q.queueName("second").cuCount(16)))
                        .isInstanceOfSatisfying(
                                io.lakejob.sdk.exception.ServiceException.class,
                                e -> assertThat(e.errorCode()).isEqualTo("DLI.0012"))
                        .hasMessageContaining("only reads it");
            }
            a.queues().create(q -> q.queueName("third").cuCount(16));
        }
        try (LakeJobClient c = client(dir)) {
            assertThat(c.queues().list(l -> {}).queues())
                    .extracting(Queue::queueName)
                    .contains("first", "third")
                    .doesNotContain("second");
        }
    }

    @Test
    void anExistingDirectoryOthersCanOpenIsRestrictedToItsOwner(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("made-by-mkdir"));
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (LakeJobClient a = client(dir)) {
            a.variables().create(v -> v.varName("pw").varValue("s3cr3t").isSensitive(true));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                .isEqualTo("rwx------");
    }

    @Test
    void theInMemoryDefaultKeepsNothing(@TempDir Path tmp) throws Exception {
        String before = System.getProperty("user.dir");
        try (LakeJobClient a = client(null)) {
            a.queues().create(q -> q.queueName("ephemeral").cuCount(16));
        }
        try (LakeJobClient b = client(null)) {
            assertThat(b.queues().list(l -> {}).queues())
                    .extracting(Queue::queueName)
                    .doesNotContain("ephemeral");
        }
        assertThat(Path.of(before).resolve("queues.json")).doesNotExist();
    }
}
