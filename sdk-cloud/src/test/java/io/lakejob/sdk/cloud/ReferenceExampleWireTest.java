package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.cloud.internal.codec.Codecs;
import io.lakejob.sdk.cloud.internal.codec.Json;
import io.lakejob.sdk.model.batch.BatchResource;
import io.lakejob.sdk.model.batch.BatchResourceGroup;
import io.lakejob.sdk.model.batch.CancelBatchRequest;
import io.lakejob.sdk.model.batch.CreateBatchRequest;
import io.lakejob.sdk.model.batch.GetBatchLogRequest;
import io.lakejob.sdk.model.batch.GetBatchRequest;
import io.lakejob.sdk.model.batch.GetBatchStateRequest;
import io.lakejob.sdk.model.batch.ListBatchesRequest;
import io.lakejob.sdk.model.batch.ScType;
import io.lakejob.sdk.model.catalog.Column;
import io.lakejob.sdk.model.catalog.CreateDatabaseRequest;
import io.lakejob.sdk.model.catalog.CreateTableRequest;
import io.lakejob.sdk.model.catalog.DataFormat;
import io.lakejob.sdk.model.catalog.DataLocation;
import io.lakejob.sdk.model.catalog.DeleteDatabaseRequest;
import io.lakejob.sdk.model.catalog.DeleteTableRequest;
import io.lakejob.sdk.model.catalog.DescribeTableRequest;
import io.lakejob.sdk.model.catalog.ListDatabasesRequest;
import io.lakejob.sdk.model.catalog.ListPartitionsRequest;
import io.lakejob.sdk.model.catalog.ListTablesRequest;
import io.lakejob.sdk.model.catalog.PreviewMode;
import io.lakejob.sdk.model.catalog.PreviewTableRequest;
import io.lakejob.sdk.model.catalog.UpdateDatabaseOwnerRequest;
import io.lakejob.sdk.model.connection.AssociateQueuesRequest;
import io.lakejob.sdk.model.connection.CreateConnectionRequest;
import io.lakejob.sdk.model.connection.DeleteConnectionRequest;
import io.lakejob.sdk.model.connection.DisassociateQueuesRequest;
import io.lakejob.sdk.model.connection.GetConnectionRequest;
import io.lakejob.sdk.model.connection.Host;
import io.lakejob.sdk.model.connection.ListConnectionPrivilegesRequest;
import io.lakejob.sdk.model.connection.ListConnectionsRequest;
import io.lakejob.sdk.model.connection.UpdateConnectionHostsRequest;
import io.lakejob.sdk.model.job.BatchDeleteFlinkJobsRequest;
import io.lakejob.sdk.model.job.CheckpointMode;
import io.lakejob.sdk.model.job.CreateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.DeleteFlinkJobRequest;
import io.lakejob.sdk.model.job.ExportFlinkJobsRequest;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.GetFlinkJobExecuteGraphRequest;
import io.lakejob.sdk.model.job.GetFlinkJobRequest;
import io.lakejob.sdk.model.job.ImportFlinkJobsRequest;
import io.lakejob.sdk.model.job.JobType;
import io.lakejob.sdk.model.job.ListFlinkJobsRequest;
import io.lakejob.sdk.model.job.ObsAuthorizeRequest;
import io.lakejob.sdk.model.job.RunFlinkJobsRequest;
import io.lakejob.sdk.model.job.RunMode;
import io.lakejob.sdk.model.job.StopFlinkJobsRequest;
import io.lakejob.sdk.model.job.UpdateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.UpdateFlinkSqlJobRequest;
import io.lakejob.sdk.model.permission.GetTableUserPrivilegesRequest;
import io.lakejob.sdk.model.permission.GrantDataPermissionRequest;
import io.lakejob.sdk.model.permission.GrantQueuePermissionRequest;
import io.lakejob.sdk.model.permission.ListDatabaseUsersRequest;
import io.lakejob.sdk.model.permission.ListObjectPrivilegesRequest;
import io.lakejob.sdk.model.permission.ListQueueUsersRequest;
import io.lakejob.sdk.model.permission.ListTableUsersRequest;
import io.lakejob.sdk.model.permission.PermissionAction;
import io.lakejob.sdk.model.permission.PermissionObjects;
import io.lakejob.sdk.model.permission.Privilege;
import io.lakejob.sdk.model.queue.BatchDeleteQueuePlansRequest;
import io.lakejob.sdk.model.queue.CreateQueuePlanRequest;
import io.lakejob.sdk.model.queue.CreateQueueRequest;
import io.lakejob.sdk.model.queue.DeleteQueuePlanRequest;
import io.lakejob.sdk.model.queue.DeleteQueueRequest;
import io.lakejob.sdk.model.queue.GetQueueRequest;
import io.lakejob.sdk.model.queue.ListQueuePlansRequest;
import io.lakejob.sdk.model.queue.ListQueuesRequest;
import io.lakejob.sdk.model.queue.QueueActionRequest;
import io.lakejob.sdk.model.queue.QueueType;
import io.lakejob.sdk.model.queue.UpdateQueuePlanRequest;
import io.lakejob.sdk.model.queue.Weekday;
import io.lakejob.sdk.model.resource.DeleteResourceRequest;
import io.lakejob.sdk.model.resource.GetResourceRequest;
import io.lakejob.sdk.model.resource.ListResourcesRequest;
import io.lakejob.sdk.model.resource.ResourceKind;
import io.lakejob.sdk.model.resource.UpdateResourceOwnerRequest;
import io.lakejob.sdk.model.resource.UploadModuleRequest;
import io.lakejob.sdk.model.resource.UploadResourcesRequest;
import io.lakejob.sdk.model.sql.CancelSqlJobRequest;
import io.lakejob.sdk.model.sql.CheckSqlRequest;
import io.lakejob.sdk.model.sql.Compression;
import io.lakejob.sdk.model.sql.ExportSqlJobResultRequest;
import io.lakejob.sdk.model.sql.ExportTableRequest;
import io.lakejob.sdk.model.sql.GetSqlJobDetailRequest;
import io.lakejob.sdk.model.sql.GetSqlJobProgressRequest;
import io.lakejob.sdk.model.sql.GetSqlJobStatusRequest;
import io.lakejob.sdk.model.sql.ImportTableRequest;
import io.lakejob.sdk.model.sql.ListSqlJobsRequest;
import io.lakejob.sdk.model.sql.PreviewSqlJobResultRequest;
import io.lakejob.sdk.model.sql.SqlDataType;
import io.lakejob.sdk.model.sql.SubmitSqlJobRequest;
import io.lakejob.sdk.model.template.CreateJobTemplateRequest;
import io.lakejob.sdk.model.template.DeleteJobTemplateRequest;
import io.lakejob.sdk.model.template.ListJobTemplatesRequest;
import io.lakejob.sdk.model.template.UpdateJobTemplateRequest;
import io.lakejob.sdk.model.variable.CreateGlobalVariableRequest;
import io.lakejob.sdk.model.variable.DeleteGlobalVariableRequest;
import io.lakejob.sdk.model.variable.ListGlobalVariablesRequest;
import io.lakejob.sdk.model.variable.UpdateGlobalVariableRequest;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.Operations;
import io.lakejob.sdk.spi.Transport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One wire test for every REST operation of the catalogue: the request the reference's example
 * was made from goes out with the operation's method, on its path template (with the query the
 * request sends), with the common headers, signed, with the body of
 * {@code examples/<section>-request.json} when the reference shows one; and the answer
 * {@code examples/<section>-response.json} comes back as the codec reads it. The operation, its
 * section and its binding come from the catalogue, so a fixture is one entry. The group's own wire
 * test keeps what only it shows (every field read, other spellings, query parameters, errors).
 */
class ReferenceExampleWireTest extends WireSupport {
    /**
     * A request the reference's example was made from, the values its path template takes and the
     * query it sends (the request's defaults included). Two things only where the reference's
     * example cannot be used as it is, each said at the fixture: the example files, when the
     * reference shows several variants (for example {@code 6.5-request-scale-out.json}) instead of
     * one {@code <section>-request.json}; and a documented difference between the example's body
     * and the body sent.
     *
     * @param request the request, built with the public builders from the example's values
     * @param pathValues the values of the path template's placeholders after {@code project_id}
     * @param query the raw query sent, {@code ""} for none
     * @param requestExample the request example's file, or {@code null} for {@code <section>-request.json}
     * @param responseExample the answer example's file, or {@code null} for {@code <section>-response.json}
     * @param sentAs the example's body as the SDK sends it (the identity but for documented differences)
     */
    private record Fixture(
            Object request,
            List<String> pathValues,
            String query,
            String requestExample,
            String responseExample,
            UnaryOperator<ObjectNode> sentAs) {
        Fixture(Object request, String... pathValues) {
            this(request, List.of(pathValues), "", null, null, UnaryOperator.identity());
        }

        /** The request sends this query. */
        Fixture query(String raw) {
            return new Fixture(request, pathValues, raw, requestExample, responseExample, sentAs);
        }

        /** The reference shows several request examples for this operation; this one is used. */
        Fixture requestExample(String file) {
            return new Fixture(request, pathValues, query, file, responseExample, sentAs);
        }

        /** The reference shows several answer examples for this operation; this one is used. */
        Fixture responseExample(String file) {
            return new Fixture(request, pathValues, query, requestExample, file, sentAs);
        }

        /** The body sent differs from the reference's example as documented at the fixture. */
        Fixture sentAs(UnaryOperator<ObjectNode> difference) {
            return new Fixture(request, pathValues, query, requestExample, responseExample, difference);
        }

        String requestFile(Operation<?, ?> op) {
            return requestExample != null ? requestExample : op.section() + "-request.json";
        }

        String responseFile(Operation<?, ?> op) {
            return responseExample != null ? responseExample : op.section() + "-response.json";
        }
    }

    /** Operations the reference shows no example for, request or answer (8.7 documents no body). */
    private static final Set<String> WITHOUT_EXAMPLE = Set.of("DeleteResource");

    private static final String BATCH_ID = "0a324461-d9d9-45da-a52a-3b3c7a3d809e";
    private static final String CONNECTION_ID = "2a620c33-5609-40c9-affd-2b6453071b0f";

    /** The fixtures, by operation name: one for every REST operation of the catalogue. */
    private static final Map<String, Fixture> REQUESTS = Map.ofEntries(
            // 5 Permissions
            entry(
                    "GrantQueuePermission",
                    new Fixture(GrantQueuePermissionRequest.grant(
                            "queue1", "tenant2", Privilege.DROP_QUEUE, Privilege.SUBMIT_JOB))),
            entry(
                    "ListQueueUsers",
                    new Fixture(ListQueueUsersRequest.of("queue1"), "queue1").query("limit=100&offset=0")),
            entry(
                    "GrantDataPermission",
                    new Fixture(GrantDataPermissionRequest.builder()
                            .userName("user2")
                            .action(PermissionAction.GRANT)
                            .addPrivilege(PermissionObjects.column("db1", "tb2", "column1"), Privilege.SELECT)
                            .addPrivilege(PermissionObjects.table("db1", "tbl"), Privilege.DROP_TABLE)
                            .addPrivilege(PermissionObjects.database("db1"), Privilege.SELECT)
                            .build())),
            entry("ListDatabaseUsers", new Fixture(ListDatabaseUsersRequest.of("dsstest"), "dsstest")),
            entry(
                    "ListTableUsers",
                    new Fixture(ListTableUsersRequest.of("dsstest", "csv_par_table"), "dsstest", "csv_par_table")),
            entry(
                    "GetTableUserPrivileges",
                    new Fixture(
                            GetTableUserPrivilegesRequest.of("dsstest", "obs_2312", "scuser1"),
                            "dsstest",
                            "obs_2312",
                            "scuser1")),
            entry(
                    "ListObjectPrivileges",
                    new Fixture(ListObjectPrivilegesRequest.of(PermissionObjects.flinkJob(9561)))
                            .query("object=jobs.flink.9561")),
            // 6 Queues
            entry(
                    "CreateQueue",
                    new Fixture(CreateQueueRequest.builder()
                            .queueName("queue1")
                            .description("test")
                            .cuCount(16)
                            .resourceMode(1)
                            .queueType(QueueType.GENERAL)
                            .labels(List.of("multi_az=2"))
                            .build())),
            entry("DeleteQueue", new Fixture(DeleteQueueRequest.of("queue1"), "queue1")),
            entry("ListQueues", new Fixture(ListQueuesRequest.all())),
            entry("GetQueue", new Fixture(GetQueueRequest.of("test"), "test")),
            // The reference shows a restart and a scale-out (and three answers); the scale-out is
            // sent exactly as shown, while the restart example writes "force": "false" as a string
            // (QueueOperationsWireTest sends the restart).
            entry(
                    "QueueAction",
                    new Fixture(QueueActionRequest.scaleOut("myQueue", 16), "myQueue")
                            .requestExample("6.5-request-scale-out.json")
                            .responseExample("6.5-response-scale.json")),
            // 6 Queue plans
            entry(
                    "CreateQueuePlan",
                    new Fixture(
                            CreateQueuePlanRequest.builder()
                                    .queueName("queue1")
                                    .planName("plan_A")
                                    .targetCu(64)
                                    .startHour(20)
                                    .startMinute(30)
                                    .repeatDay(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.SUNDAY)
                                    .validDateBegin(Instant.ofEpochMilli(1590949800000L))
                                    .validDateEnd(Instant.ofEpochMilli(1591727400000L))
                                    .activate(true)
                                    .build(),
                            "queue1")),
            entry("ListQueuePlans", new Fixture(ListQueuePlansRequest.of("queue1"), "queue1")),
            entry(
                    "BatchDeleteQueuePlans",
                    new Fixture(BatchDeleteQueuePlansRequest.of("queue1", List.of(3L, 4L)), "queue1")),
            entry("DeleteQueuePlan", new Fixture(DeleteQueuePlanRequest.of("queue1", 8L), "queue1", "8")),
            // The example writes "friday"; the documented values (and the official SDK's enumeration)
            // are upper case, so the day goes out as FRIDAY.
            entry(
                    "UpdateQueuePlan",
                    new Fixture(
                                    UpdateQueuePlanRequest.builder()
                                            .queueName("queue1")
                                            .planId(3L)
                                            .planName("plan_Ad")
                                            .targetCu(64)
                                            .startHour(19)
                                            .startMinute(30)
                                            .repeatDay(Weekday.THURSDAY, Weekday.of("friday"))
                                            .activate(false)
                                            .build(),
                                    "queue1",
                                    "3")
                            .sentAs(body -> {
                                ((ArrayNode) body.get("repeat_day"))
                                        .removeAll()
                                        .add("THURSDAY")
                                        .add("FRIDAY");
                                return body;
                            })),
            // 7.1 Databases
            entry(
                    "CreateDatabase",
                    new Fixture(CreateDatabaseRequest.builder()
                            .databaseName("db1")
                            .description("this is for test")
                            .build())),
            entry(
                    "DeleteDatabase",
                    new Fixture(
                                    DeleteDatabaseRequest.builder()
                                            .databaseName("db1")
                                            .cascade(true)
                                            .async(true)
                                            .build(),
                                    "db1")
                            .query("cascade=true&async=true")),
            entry("ListDatabases", new Fixture(ListDatabasesRequest.all())),
            entry("UpdateDatabaseOwner", new Fixture(UpdateDatabaseOwnerRequest.of("db1", "scuser1"), "db1")),
            // 7.2 Tables (the view example, 7.2.1-request-view.json, is CatalogWireTest's)
            entry(
                    "CreateTable",
                    new Fixture(
                            CreateTableRequest.builder()
                                    .databaseName("db1")
                                    .tableName("tb1")
                                    .dataLocation(DataLocation.OBS)
                                    .description("")
                                    .dataType(DataFormat.CSV)
                                    .dataPath("obs://obs/path1")
                                    .addColumn(new Column("column1", "string", "", true))
                                    .addColumn(new Column("column2", "string", "", false))
                                    .withColumnHeader(true)
                                    .delimiter(",")
                                    .quoteChar("\"")
                                    .escapeChar("\\")
                                    .dateFormat("yyyy-MM-dd")
                                    .timestampFormat("yyyy-MM-dd HH:mm:ss")
                                    .build(),
                            "db1")),
            entry("DeleteTable", new Fixture(DeleteTableRequest.of("db1", "tb1"), "db1", "tb1")),
            entry("ListTables", new Fixture(ListTablesRequest.of("db1"), "db1")),
            entry("DescribeTable", new Fixture(DescribeTableRequest.of("default", "wan_test"), "default", "wan_test")),
            entry(
                    "PreviewTable",
                    new Fixture(
                                    PreviewTableRequest.builder()
                                            .databaseName("db1")
                                            .tableName("t1")
                                            .mode(PreviewMode.SYNC)
                                            .build(),
                                    "db1",
                                    "t1")
                            .query("mode=SYNC")),
            entry("ListPartitions", new Fixture(ListPartitionsRequest.of("db1", "t1"), "db1", "t1")),
            // 7.3 SQL jobs
            entry(
                    "ImportTable",
                    new Fixture(ImportTableRequest.builder()
                            .dataPath("obs://home/data1/DLI/t1.csv")
                            .dataType(SqlDataType.CSV)
                            .databaseName("db2")
                            .tableName("t2")
                            .withColumnHeader(false)
                            .delimiter(",")
                            .quoteChar("")
                            .escapeChar("")
                            .dateFormat("yyyy-MM-dd")
                            .timestampFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZZ")
                            .queueName("queue2")
                            .overwrite(false)
                            .partition("column1", "2020-01-01")
                            .partition("column2", "columnPartValue")
                            .build())),
            // The example writes "with_column_header": "true"; the documented type (and the
            // official SDK's) is Boolean, so a JSON boolean is sent.
            entry(
                    "ExportTable",
                    new Fixture(ExportTableRequest.builder()
                                    .dataPath("obs://home/data1/DLI/test")
                                    .dataType(SqlDataType.JSON)
                                    .databaseName("db2")
                                    .tableName("t2")
                                    .compress(Compression.GZIP)
                                    .withColumnHeader(true)
                                    .queueName("queue2")
                                    .build())
                            .sentAs(body -> body.put("with_column_header", true))),
            entry(
                    "SubmitSqlJob",
                    new Fixture(SubmitSqlJobRequest.builder()
                            .currentdb("db1")
                            .sql("desc table1")
                            .queueName("default")
                            .conf(List.of("dli.sql.shuffle.partitions = 200"))
                            .addTag("workspace", "space1")
                            .addTag("jobName", "name1")
                            .build())),
            entry(
                    "CancelSqlJob",
                    new Fixture(
                            CancelSqlJobRequest.of("208b08d4-0dc2-4dd7-8879-ddd4c020d7aa"),
                            "208b08d4-0dc2-4dd7-8879-ddd4c020d7aa")),
            entry("ListSqlJobs", new Fixture(ListSqlJobsRequest.all())),
            entry(
                    "PreviewSqlJobResult",
                    new Fixture(
                            PreviewSqlJobResultRequest.of("ead0b276-8ed4-4eb5-b520-58f1511e7033"),
                            "ead0b276-8ed4-4eb5-b520-58f1511e7033")),
            entry(
                    "GetSqlJobStatus",
                    new Fixture(
                            GetSqlJobStatusRequest.of("208b08d4-0dc2-4dd7-8879-ddd4c020d7aa"),
                            "208b08d4-0dc2-4dd7-8879-ddd4c020d7aa")),
            entry(
                    "GetSqlJobDetail",
                    new Fixture(
                            GetSqlJobDetailRequest.of("a85d7298-ecef-47f9-bb31-499d2099d112"),
                            "a85d7298-ecef-47f9-bb31-499d2099d112")),
            entry("CheckSql", new Fixture(CheckSqlRequest.of("select * from t1", "db1"))),
            // As in 7.3.2: the example's "true" string is sent as the documented Boolean.
            entry(
                    "ExportSqlJobResult",
                    new Fixture(
                                    ExportSqlJobResultRequest.builder()
                                            .jobId("37a40ef9-86f5-42e6-b4c6-8feb89cc20")
                                            .dataPath("obs://obs-bucket1/path")
                                            .dataType(SqlDataType.JSON)
                                            .compress(Compression.GZIP)
                                            .withColumnHeader(true)
                                            .queueName("queue2")
                                            .limitNum(10)
                                            .build(),
                                    "37a40ef9-86f5-42e6-b4c6-8feb89cc20")
                            .sentAs(body -> body.put("with_column_header", true))),
            entry(
                    "GetSqlJobProgress",
                    new Fixture(
                            GetSqlJobProgressRequest.of("85798b38-ae44-48eb-bb90-7cf0dcdafe7b"),
                            "85798b38-ae44-48eb-bb90-7cf0dcdafe7b")),
            // 8 Resources
            // The example writes "is_async": "true"; the documented type (and the official SDK's)
            // is Boolean, so a JSON boolean is sent.
            entry(
                    "UploadResources",
                    new Fixture(UploadResourcesRequest.builder()
                                    .addPath("https://xkftest.obs.xxx.com/txr_test/jars/spark-sdv-app.jar")
                                    .addPath("https://xkftest.obs.xxx.com/txr_test/jars/wordcount")
                                    .addPath("https://xkftest.obs.xxx.com/txr_test/jars/wordcount.py")
                                    .kind(ResourceKind.JAR)
                                    .group("gatk")
                                    .isAsync(true)
                                    .build())
                            .sentAs(body -> body.put("is_async", true))),
            entry("ListResources", new Fixture(ListResourcesRequest.all())),
            entry(
                    "UploadJarResources",
                    new Fixture(UploadModuleRequest.of("gatk", List.of("https://test.obs.xxx.com/test_dli.jar")))),
            entry(
                    "UploadPyFileResources",
                    new Fixture(UploadModuleRequest.of("gatk", List.of("https://test.obs.xxx.com/dli_tf.py")))),
            entry(
                    "UploadFileResources",
                    new Fixture(UploadModuleRequest.of(
                            "gatk",
                            List.of("https://test.obs.xxx.com/test_dli.jar", "https://test.obs.xxx.com/dli_tf.py")))),
            entry(
                    "GetResource",
                    new Fixture(GetResourceRequest.of("luxor-ommanager-dist.tar.gz"), "luxor-ommanager-dist.tar.gz")),
            entry(
                    "DeleteResource",
                    new Fixture(DeleteResourceRequest.of("spark-sdv-app.jar", "gatk"), "spark-sdv-app.jar")
                            .query("group=gatk")),
            entry("UpdateResourceOwner", new Fixture(UpdateResourceOwnerRequest.ofGroup("groupName", "scuser1"))),
            // 9 Flink jobs
            entry("ObsAuthorize", new Fixture(ObsAuthorizeRequest.of("bucket1"))),
            // The examples show checkpoint_mode by name; the tables and the official SDK send the number.
            entry(
                    "CreateFlinkSqlJob",
                    new Fixture(CreateFlinkSqlJobRequest.builder()
                                    .name("myjob")
                                    .desc("这是个做字符记数的作业")
                                    .templateId(100000L)
                                    .queueName("testQueue")
                                    .sqlBody("select * from source_table")
                                    .runMode(RunMode.EXCLUSIVE_CLUSTER)
                                    .cuNumber(2)
                                    .parallelNumber(1)
                                    .checkpointEnabled(false)
                                    .checkpointMode(CheckpointMode.EXACTLY_ONCE)
                                    .checkpointInterval(0)
                                    .obsBucket("my_obs_bucket")
                                    .logEnabled(false)
                                    .restartWhenException(false)
                                    .idleStateRetention(3600)
                                    .jobType(JobType.FLINK_SQL_JOB)
                                    .dirtyDataStrategy("0")
                                    .udfJarUrl("group/test.jar")
                                    .build())
                            .sentAs(ReferenceExampleWireTest::checkpointModeAsNumber)),
            entry(
                    "UpdateFlinkSqlJob",
                    new Fixture(
                                    UpdateFlinkSqlJobRequest.builder()
                                            .jobId(4711L)
                                            .name("myjob")
                                            .desc("这是我的第一个作业")
                                            .queueName("testQueue")
                                            .sqlBody("select * from source_table")
                                            .runMode(RunMode.SHARED_CLUSTER)
                                            .cuNumber(4)
                                            .parallelNumber(4)
                                            .checkpointEnabled(false)
                                            .checkpointMode(CheckpointMode.EXACTLY_ONCE)
                                            .checkpointInterval(10)
                                            .obsBucket("")
                                            .logEnabled(false)
                                            .smnTopic("")
                                            .restartWhenException(false)
                                            .idleStateRetention(3600)
                                            .edgeGroupIds(List.of(
                                                    "62de1e1c-066e-48a8-a79d-f461a31b2ee1",
                                                    "2eb00f85-99f2-4144-bcb7-d39ff47f9002"))
                                            .dirtyDataStrategy("0")
                                            .udfJarUrl("group/test.jar")
                                            .build(),
                                    "4711")
                            .sentAs(ReferenceExampleWireTest::checkpointModeAsNumber)),
            entry(
                    "CreateFlinkJarJob",
                    new Fixture(CreateFlinkJarJobRequest.builder()
                            .name("test")
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
                            .entrypointArgs("-windowSize 2000 -rate 3")
                            .dependencyJars(List.of("myGroup/test.jar", "myGroup/test1.jar"))
                            .dependencyFiles(List.of("myGroup/test.csv", "myGroup/test1.csv"))
                            .build())),
            entry(
                    "UpdateFlinkJarJob",
                    new Fixture(
                            UpdateFlinkJarJobRequest.builder()
                                    .jobId(138L)
                                    .name("test1")
                                    .desc("job for test")
                                    .jobType(JobType.FLINK_JAR_JOB)
                                    .queueName("testQueue")
                                    .managerCuNumber(1)
                                    .cuNumber(2)
                                    .parallelNumber(1)
                                    .logEnabled(false)
                                    .mainClass("org.apache.flink.examples.streaming.JavaQueueStream")
                                    .restartWhenException(false)
                                    .entrypoint("FemaleInfoCollec.jar")
                                    .dependencyJars(List.of("myGroup/test.jar", "myGroup/test1.jar"))
                                    .dependencyFiles(List.of("myGroup/test.csv", "myGroup/test1.csv"))
                                    .build(),
                            "138")),
            entry(
                    "RunFlinkJobs",
                    new Fixture(RunFlinkJobsRequest.builder()
                            .addJobIds(131, 130, 138, 137)
                            .resumeSavepoint(true)
                            .build())),
            entry("ListFlinkJobs", new Fixture(ListFlinkJobsRequest.all())),
            // The reference shows a jar job and an open-source SQL job; FlinkJobWireTest reads both.
            entry(
                    "GetFlinkJob",
                    new Fixture(GetFlinkJobRequest.of(104L), "104").responseExample("9.8-response-jar.json")),
            entry("GetFlinkJobExecuteGraph", new Fixture(GetFlinkJobExecuteGraphRequest.of(148L), "148")),
            entry(
                    "StopFlinkJobs",
                    new Fixture(StopFlinkJobsRequest.builder()
                            .addJobIds(128, 137)
                            .triggerSavepoint(false)
                            .build())),
            entry("DeleteFlinkJob", new Fixture(DeleteFlinkJobRequest.of(148L), "148")),
            entry("BatchDeleteFlinkJobs", new Fixture(BatchDeleteFlinkJobsRequest.of(12, 232))),
            entry(
                    "ExportFlinkJobs",
                    new Fixture(ExportFlinkJobsRequest.builder()
                            .obsDir("obs-test")
                            .isSelected(true)
                            .addJobSelected(100)
                            .build())),
            entry("ImportFlinkJobs", new Fixture(ImportFlinkJobsRequest.of("test/gggregate_1582677879475.zip", true))),
            // 10 Spark batch jobs
            // The main class goes out as className, as the official SDK and later editions of the
            // reference spell it (this edition writes class_name).
            entry(
                    "CreateBatch",
                    new Fixture(CreateBatchRequest.builder()
                                    .file("batchTest/spark-examples_2.11-2.1.0.luxor.jar")
                                    .className("org.apache.spark.examples.SparkPi")
                                    .scType(ScType.A)
                                    .jars("demo-1.0.0.jar")
                                    .files("count.txt")
                                    .resources(
                                            BatchResource.of("groupTest/testJar.jar", "jar"),
                                            BatchResource.of("kafka-clients-0.10.0.0.jar", "jar"))
                                    .groups(
                                            BatchResourceGroup.of(
                                                    "groupTestJar",
                                                    List.of(
                                                            BatchResource.of("testJar.jar", "jar"),
                                                            BatchResource.of("testJar1.jar", "jar"))),
                                            BatchResourceGroup.of(
                                                    "batchTest", List.of(BatchResource.of("luxor.jar", "jar"))))
                                    .queue("test")
                                    .name("TestDemo4")
                                    .build())
                            .sentAs(body -> {
                                body.set("className", body.remove("class_name"));
                                return body;
                            })),
            entry("CancelBatch", new Fixture(CancelBatchRequest.of(BATCH_ID), BATCH_ID)),
            entry("ListBatches", new Fixture(ListBatchesRequest.all())),
            entry("GetBatch", new Fixture(GetBatchRequest.of(BATCH_ID), BATCH_ID)),
            entry("GetBatchState", new Fixture(GetBatchStateRequest.of(BATCH_ID), BATCH_ID)),
            entry("GetBatchLog", new Fixture(GetBatchLogRequest.of(BATCH_ID), BATCH_ID)),
            // 11 Templates
            entry(
                    "CreateJobTemplate",
                    new Fixture(CreateJobTemplateRequest.builder()
                            .name("simple_stream_sql")
                            .desc("快速上手示例")
                            .sqlBody("select * from source_table")
                            .build())),
            entry(
                    "UpdateJobTemplate",
                    new Fixture(
                            UpdateJobTemplateRequest.builder()
                                    .templateId(2L)
                                    .name("simple_stream_sql")
                                    .desc("快速上手示例")
                                    .sqlBody("select * from source_table")
                                    .build(),
                            "2")),
            entry("DeleteJobTemplate", new Fixture(DeleteJobTemplateRequest.of(2L), "2")),
            entry(
                    "ListJobTemplates",
                    new Fixture(ListJobTemplatesRequest.builder().build())),
            // 12 Enhanced datasource connections
            entry(
                    "CreateConnection",
                    new Fixture(CreateConnectionRequest.builder()
                            .name("test")
                            .destVpcId("22094d8f-c310-4621-913d-4c4d655d8495")
                            .destNetworkId("78f2562a-36e4-4b39-95b9-f5aab22e1281")
                            .addQueue("q1")
                            .addQueue("q2")
                            .addHost("ecs-97f8-0001", "192.168.0.1")
                            .addHost("ecs-97f8-0002", "192.168.0.2")
                            .build())),
            entry("DeleteConnection", new Fixture(DeleteConnectionRequest.of(CONNECTION_ID), CONNECTION_ID)),
            entry("ListConnections", new Fixture(ListConnectionsRequest.all())),
            entry(
                    "GetConnection",
                    new Fixture(
                            GetConnectionRequest.of("4c693ecc-bab8-4113-a838-129cedc9a563"),
                            "4c693ecc-bab8-4113-a838-129cedc9a563")),
            entry(
                    "AssociateQueues",
                    new Fixture(AssociateQueuesRequest.of(CONNECTION_ID, List.of("q1", "q2")), CONNECTION_ID)),
            entry(
                    "DisassociateQueues",
                    new Fixture(DisassociateQueuesRequest.of(CONNECTION_ID, List.of("q1", "q2")), CONNECTION_ID)),
            entry(
                    "UpdateConnectionHosts",
                    new Fixture(
                            UpdateConnectionHostsRequest.of(
                                    CONNECTION_ID,
                                    List.of(
                                            Host.of("ecs-97f8-0001", "192.168.0.1"),
                                            Host.of("ecs-97f8-0002", "192.168.0.2"))),
                            CONNECTION_ID)),
            entry(
                    "ListConnectionPrivileges",
                    new Fixture(
                            ListConnectionPrivilegesRequest.of("503fc86a-5e60-4349-92c2-7e399404fa8a"),
                            "503fc86a-5e60-4349-92c2-7e399404fa8a")),
            // 13 Global variables
            entry("CreateGlobalVariable", new Fixture(CreateGlobalVariableRequest.sensitive("string", "string"))),
            entry("DeleteGlobalVariable", new Fixture(DeleteGlobalVariableRequest.of("my_var"), "my_var")),
            entry("UpdateGlobalVariable", new Fixture(UpdateGlobalVariableRequest.of("string", "string"), "string")),
            entry("ListGlobalVariables", new Fixture(ListGlobalVariablesRequest.firstPage())));

    /** Every operation with a REST binding (the Flink-platform operations have none to send). */
    static Stream<Operation<?, ?>> operations() {
        return Operations.all().stream().filter(Operation::hasRestBinding);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    @SuppressWarnings("unchecked")
    void theReferenceRequestGoesOutAndTheReferenceAnswerIsRead(Operation<?, ?> operation) throws Exception {
        Fixture fixture = REQUESTS.get(operation.name());
        assertThat(fixture).as("fixture for " + operation.name()).isNotNull();
        String answer = example(fixture.responseFile(operation));
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(answer == null ? "{\"is_success\":true,\"message\":\"\"}" : answer)));

        Object response;
        try (Transport transport = new CloudTransportProvider().create(configuration())) {
            response = transport.execute((Operation<Object, ?>) operation, fixture.request());
        }

        LoggedRequest r = onlyRequest();
        assertThat(r.getMethod().getName()).isEqualTo(operation.method().name());
        assertThat(rawPath(r)).isEqualTo(path(operation.pathTemplate(), fixture.pathValues()));
        assertThat(rawQuery(r)).isEqualTo(fixture.query());
        assertThat(r.getHeader("X-Project-Id")).isEqualTo(PROJECT);
        assertThat(r.getHeader("User-Agent")).startsWith("lakejob-sdk-java/").doesNotContain("${");
        assertThat(r.getHeader("Host")).isEqualTo("127.0.0.1:" + server.port());
        assertSignedCorrectly(r, AK, SK);
        String sent = example(fixture.requestFile(operation));
        if (sent != null) {
            assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
            JsonNode body = json(r.getBodyAsString());
            // Creates and submits add a client-token tag the reference's example does not show.
            boolean tokened = body.path("tags").findValuesAsText("key").contains("lakejob-client-token");
            assertThat(tokened ? withoutClientToken(body) : body)
                    .isEqualTo(fixture.sentAs().apply((ObjectNode) json(sent)));
        } else if (operation.method().name().equals("GET")
                || operation.method().name().equals("DELETE")) {
            assertThat(r.getBody()).isEmpty();
        }
        if (answer != null) {
            Object expected =
                    Codecs.all().get(operation.name()).decode(Json.parse(answer.getBytes(StandardCharsets.UTF_8)));
            assertThat(response).isEqualTo(expected);
            assertReadByName(json(answer), response);
        }
        assertThat(response).isNotNull();
    }

    /**
     * What every answer that carries them has, read by name: is_success, and the message when
     * there is one (the Spark batch, resource and queue scaling answers carry neither).
     */
    private static void assertReadByName(JsonNode answered, Object response) throws Exception {
        if (response instanceof FlinkJobsBatchResponse batch) {
            // 9.6 and 9.10 answer one is_success/message per job (the 9.10 example shows one object).
            List<JsonNode> each = new ArrayList<>();
            (answered.isArray() ? answered : json("[" + answered + "]")).forEach(each::add);
            assertThat(batch.results()).hasSameSizeAs(each);
            for (int i = 0; i < each.size(); i++) {
                assertReadByName(each.get(i), batch.results().get(i));
            }
            return;
        }
        if (answered.has("is_success")) {
            assertThat(response.getClass().getMethod("isSuccess").invoke(response))
                    .isEqualTo(answered.get("is_success").asBoolean());
        }
        if (answered.hasNonNull("message")) {
            assertThat(response.getClass().getMethod("message").invoke(response))
                    .isEqualTo(answered.get("message").asText());
        }
    }

    @Test
    void everyOperationOfTheCatalogueHasAFixture() throws Exception {
        // Adding an operation to the catalogue without a fixture here fails.
        assertThat(REQUESTS.keySet())
                .isEqualTo(operations().map(Operation::name).collect(Collectors.toSet()));
        assertThat(REQUESTS).hasSize(82);
        for (Operation<?, ?> op : operations().toList()) {
            Fixture fixture = REQUESTS.get(op.name());
            // A variant named by a fixture exists (a misspelt name would silently skip the check).
            for (String named : new String[] {fixture.requestExample(), fixture.responseExample()}) {
                if (named != null) {
                    assertThat(example(named)).as(op.name() + ": " + named).isNotNull();
                }
            }
            boolean hasExample = example(fixture.requestFile(op)) != null || example(fixture.responseFile(op)) != null;
            assertThat(hasExample)
                    .as(op.name() + " has a reference example")
                    .isEqualTo(!WITHOUT_EXAMPLE.contains(op.name()));
        }
    }

    /** The examples write checkpoint_mode by name; the tables and the official SDK send the number. */
    private static ObjectNode checkpointModeAsNumber(ObjectNode body) {
        assertThat(body.get("checkpoint_mode").asText()).isEqualTo("exactly_once");
        return body.put("checkpoint_mode", 1);
    }

    private ClientConfiguration configuration() {
        return new ClientConfiguration(
                endpoint(),
                PROJECT,
                Credentials.akSk(AK, SK),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                RetryPolicy.none(),
                Clock.fixed(NOW, ZoneOffset.UTC),
                null,
                Map.of(CloudOptions.ALLOW_INSECURE_HTTP, "true"));
    }

    private static String path(String template, List<String> values) {
        String path = template.replace("{project_id}", PROJECT);
        for (String v : values) {
            String filled = path.replaceFirst("\\{[a-z_]+\\}", v);
            assertThat(filled).as("a placeholder of " + template + " for " + v).isNotEqualTo(path);
            path = filled;
        }
        assertThat(path).as("every placeholder of " + template + " has a value").doesNotContain("{");
        return path;
    }

    private static String example(String name) throws Exception {
        try (InputStream in = ReferenceExampleWireTest.class.getResourceAsStream("/examples/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
