package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.flink.testcompat.TestCompat;
import io.lakejob.sdk.model.batch.ScType;
import io.lakejob.sdk.model.catalog.Column;
import io.lakejob.sdk.model.catalog.DataFormat;
import io.lakejob.sdk.model.catalog.DataLocation;
import io.lakejob.sdk.model.catalog.StorageProperty;
import io.lakejob.sdk.model.connection.AvailableQueueInfo;
import io.lakejob.sdk.model.connection.Connection;
import io.lakejob.sdk.model.connection.ConnectionStatus;
import io.lakejob.sdk.model.connection.Host;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.JobType;
import io.lakejob.sdk.model.queue.Queue;
import io.lakejob.sdk.model.queue.QueueType;
import io.lakejob.sdk.model.resource.Resource;
import io.lakejob.sdk.model.resource.ResourceGroup;
import io.lakejob.sdk.model.resource.ResourceKind;
import io.lakejob.sdk.model.resource.ResourceStatus;
import io.lakejob.sdk.model.sql.SqlDataType;
import io.lakejob.sdk.model.sql.SqlJobType;
import io.lakejob.sdk.model.sql.SubmitSqlJobResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference's chapter 4 ("API quick start") scenarios, each written as a method that takes any
 * {@link LakeJobClient} and uses only the public API with the reference's own values, run here on
 * {@code flink:local}. Values are adapted only where the Flink transport cannot use them as
 * written (remote {@code obs://}/{@code https://} files that must be local files here); each
 * adaptation is commented. Every scenario removes what it created, so they run in any order on the
 * shared client.
 */
@ExtendWith(LakeJobFlinkExtension.class)
class Chapter4ScenariosTest {
    private static final Duration WAIT = Duration.ofMinutes(1);

    @TempDir
    Path tmp;

    // ---------------------------------------------------------------- 4.1 create a queue

    @Test
    void scenario41CreateAQueue(LakeJobClient client) {
        try {
            createQueue41(client);
        } finally {
            client.queues().delete("queue1");
        }
    }

    /** 4.1: create the sql queue {@code queue1}, then confirm it with "query queue details". */
    static void createQueue41(LakeJobClient client) {
        // Step 1, body verbatim: {"queue_name":"queue1","description":"test","cu_count":16,
        // "resource_mode":1,"queue_type":"sql"}
        var created = client.queues().create(q -> q.queueName("queue1")
                .description("test")
                .cuCount(16)
                .resourceMode(1)
                .queueType(QueueType.SQL));
        assertThat(created.isSuccess()).isTrue();
        assertThat(created.queueName()).isEqualTo("queue1");

        // Step 2: GET /v1.0/{project_id}/queues/queue1
        Queue q = client.queues().get("queue1").queue();
        assertThat(q.queueName()).isEqualTo("queue1");
        assertThat(q.queueType()).isEqualTo(QueueType.SQL);
        assertThat(q.cuCount()).isEqualTo(16);
        assertThat(q.description()).isEqualTo("test");
        assertThat(q.resourceMode()).isEqualTo(1);
        assertThat(q.createTime()).isNotNull();
    }

    // ---------------------------------------------------------------- 4.2 SQL job

    /*
     * 4.2 runs unchanged: step 3's table has "with_column_header": true, which the Flink transport maps
     * to its lakejob-csv format (the first line of each file is a header: skipped when read, written
     * into every file the import creates).
     */
    @Test
    void scenario42CreateAndSubmitASqlJob(LakeJobClient client) throws Exception {
        try {
            createAndSubmitSqlJob42(client, tmp, true);
            // The import wrote tb1's files with a header of the file's column (column1 is the partition).
            List<Path> files = tb1Files(client);
            assertThat(files).isNotEmpty();
            for (Path f : files) {
                assertThat(Files.readAllLines(f)).first().isEqualTo("column2");
            }
        } finally {
            deleteTb1Data(client);
            client.catalog().deleteDatabase(d -> d.databaseName("db1").cascade(true));
            client.queues().delete("queue1");
        }
    }

    @Test
    void scenario42WithoutTheColumnHeaderFlag(LakeJobClient client) throws Exception {
        // Step 3 as written makes a header table; without the flag tb1 is a plain csv table.
        try {
            createQueue41(client);
            client.catalog().createDatabase(d -> d.databaseName("db1").description("this is for test"));
            client.catalog().createTable(tb1(true));
            assertThat(client.catalog().describeTable("db1", "tb1").storageProperties())
                    .extracting(StorageProperty::key, StorageProperty::value)
                    .contains(tuple("format", "lakejob-csv"), tuple("lakejob-csv.header", "true"));
        } finally {
            deleteTb1Data(client);
            client.catalog().deleteDatabase(d -> d.databaseName("db1").cascade(true));
            client.queues().delete("queue1");
        }
        // Every step, with only with_column_header left out of step 3: no header in tb1's files.
        try {
            createAndSubmitSqlJob42(client, tmp, null);
            assertThat(client.catalog().describeTable("db1", "tb1").storageProperties())
                    .extracting(StorageProperty::key, StorageProperty::value)
                    .contains(tuple("format", "csv"));
            List<Path> files = tb1Files(client);
            assertThat(files).isNotEmpty();
            for (Path f : files) {
                assertThat(Files.readAllLines(f)).isNotEmpty().allMatch(l -> l.matches("[abc]"));
            }
        } finally {
            deleteTb1Data(client);
            client.catalog().deleteDatabase(d -> d.databaseName("db1").cascade(true));
            client.queues().delete("queue1");
        }
    }

    /**
     * Deletes the files of OBS table tb1 (deleting an OBS table keeps its data), so that the 4.2
     * scenarios, which share obs://obs/path1/test.csv, each start from an empty folder.
     */
    static void deleteTb1Data(LakeJobClient client) throws java.io.IOException {
        Path folder;
        try {
            folder = CatalogFlinkTest.dataFolder(client.catalog().describeTable("db1", "tb1"));
        } catch (ServiceException e) {
            return; // no table, no data written through it
        }
        if (Files.exists(folder)) {
            try (var walk = Files.walk(folder)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The data files under tb1's folder (the partition folders included), hidden files aside. */
    static List<Path> tb1Files(LakeJobClient client) throws java.io.IOException {
        Path folder = CatalogFlinkTest.dataFolder(client.catalog().describeTable("db1", "tb1"));
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".")
                            && !p.getFileName().toString().startsWith("_"))
                    .toList();
        }
    }

    /** 4.2: queue, database db1, table tb1, import data, check the import, then query tb1. */
    static void createAndSubmitSqlJob42(LakeJobClient client, Path tmp, Boolean withColumnHeader) throws Exception {
        // Step 1: "create a SQL queue, see 4.1".
        createQueue41(client);

        // Step 2, body verbatim: {"database_name":"db1","description":"this is for test"}
        assertThat(client.catalog()
                        .createDatabase(d -> d.databaseName("db1").description("this is for test"))
                        .isSuccess())
                .isTrue();

        // Step 3, body verbatim (withColumnHeader = true), or with with_column_header left out (null).
        assertThat(client.catalog().createTable(tb1(withColumnHeader)).isSuccess())
                .isTrue();

        // Step 4 (optional in the reference): import data into tb1. ADAPTED: the source file is a
        // local file, since the import reads it from this machine (the reference gives no import body).
        Path csv = Files.writeString(tmp.resolve("tb1.csv"), "column1,column2\np1,a\np1,b\np2,c\n");
        String importJob = client.sql()
                .importTable(i -> i.dataPath(csv.toString())
                        .dataType(SqlDataType.CSV)
                        .databaseName("db1")
                        .tableName("tb1")
                        .withColumnHeader(true)
                        .delimiter(",")
                        .queueName("queue1"))
                .jobId();
        client.sql().waitUntilFinished(importJob, WAIT);

        // Step 5 (optional): "query job details" of the import confirms what was imported.
        var detail = client.sql().detail(importJob);
        assertThat(detail.databaseName()).isEqualTo("db1");
        assertThat(detail.tableName()).isEqualTo("tb1");
        assertThat(client.sql().status(importJob).jobType()).isEqualTo(SqlJobType.IMPORT);

        // Step 6, body verbatim: {"currentdb":"db1","sql":"select * from tb1 limit 10","queue_name":"queue1"}
        SubmitSqlJobResponse submitted = client.sql()
                .submit(s ->
                        s.currentdb("db1").sql("select * from tb1 limit 10").queueName("queue1"));
        assertThat(submitted.isSuccess()).isTrue();
        assertThat(submitted.jobId()).isNotBlank();
        assertThat(submitted.jobType()).isEqualTo(SqlJobType.QUERY);
        client.sql().waitUntilFinished(submitted.jobId(), WAIT);
        List<List<Object>> rows = client.sql().preview(submitted.jobId()).rows();
        assertThat(rows.stream().map(r -> r.get(0) + "/" + r.get(1)).sorted().collect(Collectors.toList()))
                .as("the three imported rows, read back by Flink (column order of the reply aside)")
                .hasSize(3)
                .allSatisfy(s -> assertThat(s).matches("(p1/a|p1/b|p2/c|a/p1|b/p1|c/p2)"));
    }

    /**
     * 4.2 step 3's table: an OBS csv table; obs://obs/path1/test.csv lives under the Flink
     * transport's flink.obs.root, so the obs:// value is kept.
     */
    static io.lakejob.sdk.model.catalog.CreateTableRequest tb1(Boolean withColumnHeader) {
        return io.lakejob.sdk.model.catalog.CreateTableRequest.builder()
                .databaseName("db1")
                .tableName("tb1")
                .dataLocation(DataLocation.OBS)
                .description("")
                .dataType(DataFormat.CSV)
                .dataPath("obs://obs/path1/test.csv")
                .columns(List.of(new Column("column1", "string", "", true), new Column("column2", "string", "", false)))
                .withColumnHeader(withColumnHeader)
                .delimiter(",")
                // The reference prints "\" (broken JSON); the intended value is a double quote.
                .quoteChar("\"")
                .escapeChar("\\")
                .dateFormat("yyyy-MM-dd")
                .timestampFormat("yyyy-MM-dd HH:mm:ss")
                .build();
    }

    // ---------------------------------------------------------------- 4.3 Spark job

    @Test
    void scenario43SparkJobStepsAreNotSupportedButTheResourceUploadWorks(LakeJobClient client) throws Exception {
        try {
            createAndSubmitSparkJob43(client, tmp);
        } finally {
            deleteQuietly(client, "spark-sdv-app.jar", "gatk");
            deleteQuietly(client, "luxor-router-1.1.1.jar", "gatk");
            client.queues().delete("queue1");
        }
    }

    /**
     * 4.3: general queue, upload the group resource, check it, create a batch, read its state and
     * log. The resource steps work on Flink; the Spark batch steps fail with the typed
     * {@link NotSupportedException} (Flink has no Spark batches).
     */
    static void createAndSubmitSparkJob43(LakeJobClient client, Path tmp) throws Exception {
        // Step 1: "create a general queue, see 4.1". The batch body below names queue cce_general,
        // 4.1's body names queue1; the queue is 4.1's body with queue_type general.
        client.queues().create(q -> q.queueName("queue1")
                .description("test")
                .cuCount(16)
                .resourceMode(1)
                .queueType(QueueType.GENERAL));

        // Step 2: upload group resources, body {"paths":["https://test.obs.xxx.com/txr_test/jars/
        // spark-sdv-app.jar"],"kind":"jar","group":"gatk","is_async":"true"}. ADAPTED: the path is a
        // local file of the same name (the reference's host does not exist); step 3 queries
        // luxor-router-1.1.1.jar in gatk, so that jar is uploaded too.
        Path sparkApp = JarJobTestJars.jarOf(tmp.resolve("spark-sdv-app.jar"), null, JarJobTestJars.class);
        Path luxor = JarJobTestJars.jarOf(tmp.resolve("luxor-router-1.1.1.jar"), null, JarJobTestJars.class);
        ResourceGroup group = client.resources().upload(u -> u.paths(List.of(sparkApp.toString(), luxor.toString()))
                .kind(ResourceKind.JAR)
                .group("gatk")
                .isAsync(true));
        assertThat(group.groupName()).isEqualTo("gatk");
        assertThat(group.status()).isEqualTo(ResourceStatus.READY);
        assertThat(group.resources()).contains("spark-sdv-app.jar", "luxor-router-1.1.1.jar");
        assertThat(group.details()).allSatisfy(r -> assertThat(r.resourceType()).isEqualTo(ResourceKind.JAR));

        // Step 3: GET /v2.0/{project_id}/resources/luxor-router-1.1.1.jar?group=gatk
        Resource r = client.resources().get("luxor-router-1.1.1.jar", "gatk");
        assertThat(r.resourceName()).isEqualTo("luxor-router-1.1.1.jar");
        assertThat(r.resourceType()).isEqualTo(ResourceKind.JAR);
        assertThat(r.underlyingName()).isNotBlank();
        assertThat(Path.of(r.underlyingName())).as("the stored copy").hasSameBinaryContentAs(luxor);

        // Step 4: create the batch, body verbatim except "minRecoveryDelayTime": 10000, which the
        // API's CreateBatchRequest does not carry (see the report).
        assertThatThrownBy(() -> client.batches().create(b -> b.scType(ScType.A)
                        .jars(List.of("spark-examples_2.11-2.1.0.luxor.jar"))
                        .driverMemory("1G")
                        .driverCores(1)
                        .executorMemory("1G")
                        .executorCores(1)
                        .numExecutors(1)
                        .queue("cce_general")
                        .file("spark-examples_2.11-2.1.0.luxor.jar")
                        .className("org.apache.spark.examples.SparkPi")
                        .maxRetryTimes(20)))
                .isInstanceOfSatisfying(NotSupportedException.class, e -> {
                    assertThat(e.operation()).isEqualTo("CreateBatch");
                    assertThat(e.transport()).isEqualTo("flink");
                });

        // Steps 5 and 6: state and log of batch 0a324461-d9d9-45da-a52a-3b3c7a3d809e.
        assertThatThrownBy(() -> client.batches().state("0a324461-d9d9-45da-a52a-3b3c7a3d809e"))
                .isInstanceOfSatisfying(NotSupportedException.class, e -> assertThat(e.operation())
                        .isEqualTo("GetBatchState"));
        assertThatThrownBy(() -> client.batches().log("0a324461-d9d9-45da-a52a-3b3c7a3d809e"))
                .isInstanceOfSatisfying(NotSupportedException.class, e -> assertThat(e.operation())
                        .isEqualTo("GetBatchLog"));
    }

    // ---------------------------------------------------------------- 4.4 Flink jar job

    @Test
    void scenario44CreateAndRunAFlinkJarJob(LakeJobClient client) throws Exception {
        try {
            createAndRunFlinkJarJob44(client, tmp);
        } finally {
            deleteQuietly(client, "javaQueueStream.jar", "gatk");
            for (String name : List.of("test.jar", "test1.jar", "test.csv", "test1.csv")) {
                deleteQuietly(client, name, "myGroup");
            }
            client.queues().delete("testQueue");
        }
    }

    /** The reference's main class, compiled here: reads its arguments and a dependency file, uses a dependency jar. */
    private static final String JAVA_QUEUE_STREAM = "package org.apache.flink.examples.streaming;\n"
            + "import io.lakejob.sdk.flink.userjob.LineFileSink;\n"
            + "import " + TestCompat.PARAMETER_TOOL + ";\n"
            + "import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;\n"
            + "public class JavaQueueStream {\n"
            + "  public static void main(String[] args) throws Exception {\n"
            + "    String windowSize = ParameterTool.fromArgs(args).get(\"windowSize\");\n"
            + "    java.net.URL out = JavaQueueStream.class.getClassLoader().getResource(\"userData/test.csv\");\n"
            + "    String dir = new String(out.openStream().readAllBytes(), \"UTF-8\").trim();\n"
            + "    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();\n"
            + "    LineFileSink.writeTo(env.fromElements(\"windowSize=\" + windowSize, dep.Tag.tag(\"queue\")), dir);\n"
            + "    env.execute(\"JavaQueueStream\");\n"
            + "  }\n"
            + "}\n";

    /** 4.4: general dedicated queue, upload the job's jar, check it, create the jar job, run it. */
    static void createAndRunFlinkJarJob44(LakeJobClient client, Path tmp) throws Exception {
        // Step 1: a general queue with resource_mode 1 (4.1's body otherwise), named as the job's
        // queue_name "testQueue".
        client.queues().create(q -> q.queueName("testQueue")
                .description("test")
                .cuCount(16)
                .resourceMode(1)
                .queueType(QueueType.GENERAL));

        // Step 2: upload the job's resources. ADAPTED: the jars and files are local files built here
        // (the reference uploads from an https:// OBS address); javaQueueStream.jar goes to 4.3's
        // group gatk, and the dependencies to myGroup, as the job body refers to them.
        Path out = tmp.resolve("javaQueueStream-out");
        Path depJar = JarJobTestJars.compileJar(
                tmp.resolve("test.jar"),
                null,
                Map.of(
                        "dep.Tag",
                        "package dep; public final class Tag {"
                                + " public static String tag(String s) { return \"dep:\" + s; } }"));
        Path dep1Jar = JarJobTestJars.jarOf(tmp.resolve("test1.jar"), null, JarJobTestJars.class);
        Path mainJar = JarJobTestJars.compileJar(
                tmp.resolve("javaQueueStream.jar"),
                null,
                Map.of("org.apache.flink.examples.streaming.JavaQueueStream", JAVA_QUEUE_STREAM),
                depJar);
        Path testCsv = Files.writeString(tmp.resolve("test.csv"), out.toString());
        Path test1Csv = Files.writeString(tmp.resolve("test1.csv"), "a,b\n");
        ResourceGroup gatk = client.resources().upload(u -> u.paths(List.of(mainJar.toString()))
                .kind(ResourceKind.JAR)
                .group("gatk")
                .isAsync(true));
        assertThat(gatk.resources()).contains("javaQueueStream.jar");
        client.resources().uploadJars("myGroup", List.of(depJar.toString(), dep1Jar.toString()));
        client.resources().uploadFiles("myGroup", List.of(testCsv.toString(), test1Csv.toString()));

        // Step 3: check the uploaded package.
        Resource jar = client.resources().get("javaQueueStream.jar", "gatk");
        assertThat(jar.resourceType()).isEqualTo(ResourceKind.JAR);
        assertThat(jar.status()).isEqualTo(ResourceStatus.READY);

        // Step 4, body verbatim.
        var created = client.jobs().createJarJob(j -> j.name("test")
                .desc("job for test")
                .queueName("testQueue")
                .managerCuNumber(1)
                .cuNumber(2)
                .parallelNumber(1)
                .tmCus(1)
                .tmSlotNum(1)
                .logEnabled(true)
                .obsBucket("bucketName")
                .smnTopic("topic")
                .mainClass("org.apache.flink.examples.streaming.JavaQueueStream")
                .restartWhenException(false)
                .entrypoint("javaQueueStream.jar")
                .entrypointArgs("-windowSize 2000 -rate3")
                .dependencyJars(List.of("myGroup/test.jar", "myGroup/test1.jar"))
                .dependencyFiles(List.of("myGroup/test.csv", "myGroup/test1.csv")));
        assertThat(created.isSuccess()).isTrue();
        long id = created.job().jobId();
        assertThat(created.job().statusName()).isEqualTo(JobStatus.JOB_INIT);
        try {
            // Step 5: {"job_ids":[131,130,138,137],"resume_savepoint":true}. ADAPTED: the ids are the
            // example's; here the run names the job just created (and the example's ids, which do
            // not exist on this client, are each answered with is_success false).
            FlinkJobsBatchResponse run =
                    client.jobs().run(r -> r.jobIds(List.of(id)).resumeSavepoint(true));
            assertThat(run.results())
                    .singleElement()
                    .satisfies(x -> assertThat(x.isSuccess()).as(x.message()).isTrue());
            if (!List.of(131L, 130L, 138L, 137L).contains(id)) {
                FlinkJobsBatchResponse examples = client.jobs()
                        .run(r -> r.jobIds(List.of(131L, 130L, 138L, 137L)).resumeSavepoint(true));
                assertThat(examples.results()).hasSize(4).allSatisfy(x -> assertThat(x.isSuccess())
                        .isFalse());
            }
            FlinkJobDetail done =
                    client.jobs().waitUntil(id, JobStatus.JOB_FINISH, WAIT).jobDetail();
            assertThat(done.jobType()).isEqualTo(JobType.FLINK_JAR_JOB);
            assertThat(done.queueName()).isEqualToIgnoringCase("testQueue");
            // The job really ran on Flink: its arguments, dependency jar and dependency file reached it.
            assertThat(JarJobTestJars.lines(out)).containsExactlyInAnyOrder("windowSize=2000", "dep:queue");
        } finally {
            client.jobs().delete(id);
        }
    }

    // ---------------------------------------------------------------- 4.5 enhanced connection

    @Test
    void scenario45CreateAndBindAnEnhancedConnection(LakeJobClient client) {
        String[] id = new String[1];
        try {
            id[0] = createEnhancedConnection45(client);
        } finally {
            if (id[0] != null) {
                client.connections().delete(id[0]);
            }
            client.queues().delete("q1");
            client.queues().delete("q2");
        }
    }

    /** 4.5: dedicated queues, create connection test1 bound to them, (bind), then query it. */
    static String createEnhancedConnection45(LakeJobClient client) {
        // Step 1: dedicated queues (resource_mode 1), named as the connection body's "queues": q1, q2.
        for (String name : List.of("q1", "q2")) {
            client.queues().create(q -> q.queueName(name)
                    .description("test")
                    .cuCount(16)
                    .resourceMode(1)
                    .queueType(QueueType.GENERAL));
        }

        // Step 2, body verbatim except the hosts' addresses: the reference's private addresses
        // (192.168.0.1, .2) become loopback ones, because the binding really probes each host and a
        // test never sends traffic beyond this machine.
        var created = client.connections().create(c -> c.name("test1")
                .destVpcId("22094d8f-c310-4621-913d-4c4d655d8495")
                .destNetworkId("78f2562a-36e4-4b39-95b9-f5aab22e1281")
                .queues(List.of("q1", "q2"))
                .addHost("ecs-97f8-0001", "127.0.0.1")
                .addHost("ecs-97f8-0002", "127.0.0.2"));
        assertThat(created.isSuccess()).isTrue();
        String id = created.connectionId();
        assertThat(id).matches("[0-9a-f-]{36}");

        // Step 3 (optional): bind a queue; queue1's role is played by q1, already bound at creation,
        // so binding again must keep exactly one entry for it.
        client.connections().associateQueues(id, List.of("q1"));

        // Step 4: GET .../enhanced-connections/{connection_id}
        Connection c = client.connections().get(id).connection();
        assertThat(c.id()).isEqualTo(id);
        assertThat(c.name()).isEqualTo("test1");
        assertThat(c.destVpcId()).isEqualTo("22094d8f-c310-4621-913d-4c4d655d8495");
        assertThat(c.destNetworkId()).isEqualTo("78f2562a-36e4-4b39-95b9-f5aab22e1281");
        assertThat(c.hosts())
                .containsExactly(Host.of("ecs-97f8-0001", "127.0.0.1"), Host.of("ecs-97f8-0002", "127.0.0.2"));
        assertThat(c.availableQueueInfo()).extracting(AvailableQueueInfo::name).containsExactlyInAnyOrder("q1", "q2");
        // The Flink transport probed both hosts from this machine: both answer, so the bindings are active.
        assertThat(c.availableQueueInfo()).allSatisfy(q -> {
            assertThat(q.status()).isEqualTo(ConnectionStatus.ACTIVE);
            assertThat(q.errMsg()).isNull();
        });
        return id;
    }

    private static void deleteQuietly(LakeJobClient client, String resource, String group) {
        try {
            client.resources().delete(resource, group);
        } catch (ServiceException e) {
            // not created by a failed scenario
        }
    }
}
