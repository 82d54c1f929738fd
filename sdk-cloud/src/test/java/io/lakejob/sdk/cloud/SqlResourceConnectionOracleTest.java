package io.lakejob.sdk.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.huaweicloud.sdk.core.utils.JsonUtils;
import com.huaweicloud.sdk.dli.v1.model.AssociateQueueToEnhancedConnectionRequestBody;
import com.huaweicloud.sdk.dli.v1.model.CheckSqlRequestBody;
import com.huaweicloud.sdk.dli.v1.model.CreateEnhancedConnectionRequestBody;
import com.huaweicloud.sdk.dli.v1.model.CreateSqlJobRequestBody;
import com.huaweicloud.sdk.dli.v1.model.DisassociateQueueFromEnhancedConnectionRequestBody;
import com.huaweicloud.sdk.dli.v1.model.EnhancedConnectionHost;
import com.huaweicloud.sdk.dli.v1.model.ExportSqlJobResultRequestBody;
import com.huaweicloud.sdk.dli.v1.model.ExportTableRequestBody;
import com.huaweicloud.sdk.dli.v1.model.ImportTableRequestBody;
import com.huaweicloud.sdk.dli.v1.model.UpdateEnhancedConnectionRequestBody;
import com.huaweicloud.sdk.dli.v1.model.UpdateJobResourceOwnerRequestBody;
import com.huaweicloud.sdk.dli.v1.model.UploadJobResourcesRequestBody;
import com.huaweicloud.sdk.dli.v1.model.UploadResourcesRequestBody;
import io.lakejob.sdk.cloud.internal.codec.Codecs;
import io.lakejob.sdk.cloud.internal.codec.Json;
import io.lakejob.sdk.cloud.internal.codec.OperationCodec;
import io.lakejob.sdk.model.connection.AssociateQueuesRequest;
import io.lakejob.sdk.model.connection.CreateConnectionRequest;
import io.lakejob.sdk.model.connection.DisassociateQueuesRequest;
import io.lakejob.sdk.model.connection.Host;
import io.lakejob.sdk.model.connection.UpdateConnectionHostsRequest;
import io.lakejob.sdk.model.resource.ResourceKind;
import io.lakejob.sdk.model.resource.UpdateResourceOwnerRequest;
import io.lakejob.sdk.model.resource.UploadModuleRequest;
import io.lakejob.sdk.model.resource.UploadResourcesRequest;
import io.lakejob.sdk.model.sql.CheckSqlRequest;
import io.lakejob.sdk.model.sql.Compression;
import io.lakejob.sdk.model.sql.EncodingType;
import io.lakejob.sdk.model.sql.ExportMode;
import io.lakejob.sdk.model.sql.ExportSqlJobResultRequest;
import io.lakejob.sdk.model.sql.ExportTableRequest;
import io.lakejob.sdk.model.sql.ImportTableRequest;
import io.lakejob.sdk.model.sql.SqlDataType;
import io.lakejob.sdk.model.sql.SubmitSqlJobRequest;
import io.lakejob.sdk.spi.ConnectionOperations;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.ResourceOperations;
import io.lakejob.sdk.spi.SqlJobOperations;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Request bodies of the SQL job, resource and connection codecs against the official
 * {@code huaweicloud-sdk-dli} model classes, serialised with the official SDK's own
 * {@link JsonUtils}: the JSON trees must be equal, and each intended difference is documented
 * and asserted separately.
 */
class SqlResourceConnectionOracleTest {

    @SuppressWarnings("unchecked")
    private static <Q> JsonNode ours(Operation<Q, ?> operation, Q request) {
        OperationCodec<Q, ?> codec = (OperationCodec<Q, ?>) Codecs.all().get(operation.name());
        assertThat(codec).as("codec for %s", operation.name()).isNotNull();
        return WireSupport.json(new String(Json.write(codec.body(request)), StandardCharsets.UTF_8));
    }

    private static JsonNode official(Object body) {
        return WireSupport.json(JsonUtils.toJSON(body));
    }

    private static com.huaweicloud.sdk.dli.v1.model.Tag tag(String key, String value) {
        return new com.huaweicloud.sdk.dli.v1.model.Tag().withKey(key).withValue(value);
    }

    @Test
    void importTable731() {
        ImportTableRequest request = ImportTableRequest.builder()
                .dataPath("obs://home/data1/DLI/t1.csv")
                .dataType(SqlDataType.CSV)
                .databaseName("db2")
                .tableName("t2")
                .withColumnHeader(false)
                .delimiter(",")
                .quoteChar("'")
                .escapeChar("\\")
                .dateFormat("yyyy-MM-dd")
                .badRecordsPath("obs://home/bad")
                .timestampFormat("yyyy-MM-dd HH:mm:ss")
                .queueName("queue2")
                .overwrite(true)
                .partition("column1", "2020-01-01")
                .addConf("dli.sql.dynamicPartitionOverwrite.enabled", "true")
                .build();
        ImportTableRequestBody body = new ImportTableRequestBody()
                .withDataPath("obs://home/data1/DLI/t1.csv")
                .withDataType("csv")
                .withDatabaseName("db2")
                .withTableName("t2")
                .withWithColumnHeader(false)
                .withDelimiter(",")
                .withQuoteChar("'")
                .withEscapeChar("\\")
                .withDateFormat("yyyy-MM-dd")
                .withBadRecordsPath("obs://home/bad")
                .withTimestampFormat("yyyy-MM-dd HH:mm:ss")
                .withQueueName("queue2")
                .withOverwrite(true)
                .withConf(request.conf());
        ObjectNode mine = (ObjectNode) ours(SqlJobOperations.IMPORT_TABLE, request);
        // Intended difference: the official model types partition_spec as a String, while the
        // reference documents an Object and its example sends {"column1": "2020-01-01", ...}; we
        // send the documented object. Everything else must match.
        assertThat(mine.get("partition_spec")).isEqualTo(WireSupport.json("{\"column1\":\"2020-01-01\"}"));
        mine.remove("partition_spec");
        assertThat(mine).isEqualTo(official(body));
    }

    @Test
    void exportTable732() {
        ExportTableRequest request = ExportTableRequest.builder()
                .dataPath("obs://home/data1/DLI/test")
                .dataType(SqlDataType.JSON)
                .databaseName("db2")
                .tableName("t2")
                .compress(Compression.GZIP)
                .queueName("queue2")
                .exportMode(ExportMode.OVERWRITE)
                .withColumnHeader(true)
                .build();
        ExportTableRequestBody body = new ExportTableRequestBody()
                .withDataPath("obs://home/data1/DLI/test")
                .withDataType("json")
                .withDatabaseName("db2")
                .withTableName("t2")
                .withCompress("gzip")
                .withQueueName("queue2")
                .withExportMode("Overwrite")
                .withWithColumnHeader(true);
        // with_column_header is a JSON boolean on both sides (the reference's example writes "true").
        assertThat(ours(SqlJobOperations.EXPORT_TABLE, request)).isEqualTo(official(body));
    }

    @Test
    void submitSqlJob733KeepsTheTagsAsGiven() {
        SubmitSqlJobRequest request = SubmitSqlJobRequest.builder()
                .sql("desc table1")
                .currentdb("db1")
                .queueName("default")
                .conf(List.of("dli.sql.shuffle.partitions = 200"))
                .addTag("workspace", "space1")
                .addTag("jobName", "name1")
                .build();
        CreateSqlJobRequestBody body = new CreateSqlJobRequestBody()
                .withSql("desc table1")
                .withCurrentdb("db1")
                .withQueueName("default")
                .withConf(List.of("dli.sql.shuffle.partitions = 200"))
                .withTags(List.of(tag("workspace", "space1"), tag("jobName", "name1")));
        assertThat(ours(SqlJobOperations.SUBMIT_SQL_JOB, request)).isEqualTo(official(body));
    }

    @Test
    void submitSqlJob733Minimal() {
        assertThat(ours(SqlJobOperations.SUBMIT_SQL_JOB, SubmitSqlJobRequest.of("select 1", "q1")))
                .isEqualTo(official(
                        new CreateSqlJobRequestBody().withSql("select 1").withQueueName("q1")));
    }

    @Test
    void checkSql739() {
        assertThat(ours(SqlJobOperations.CHECK_SQL, CheckSqlRequest.of("select * from t1", "db1")))
                .isEqualTo(official(
                        new CheckSqlRequestBody().withSql("select * from t1").withCurrentdb("db1")));
    }

    @Test
    void exportSqlJobResult7310() {
        ExportSqlJobResultRequest request = ExportSqlJobResultRequest.builder()
                .jobId("job-1")
                .dataPath("obs://obs-bucket1/path")
                .dataType(SqlDataType.JSON)
                .compress(Compression.GZIP)
                .withColumnHeader(true)
                .queueName("queue2")
                .limitNum(10)
                .exportMode(ExportMode.ERROR_IF_EXISTS)
                .encodingType(EncodingType.UTF_8)
                .build();
        ExportSqlJobResultRequestBody body = new ExportSqlJobResultRequestBody()
                .withDataPath("obs://obs-bucket1/path")
                .withDataType("json")
                .withCompress("gzip")
                .withWithColumnHeader(true)
                .withQueueName("queue2")
                .withLimitNum(10)
                .withExportMode(ExportSqlJobResultRequestBody.ExportModeEnum.fromValue("ErrorIfExists"))
                .withEncodingType("utf-8");
        // job_id travels in the path, not the body, on both sides.
        assertThat(ours(SqlJobOperations.EXPORT_SQL_JOB_RESULT, request)).isEqualTo(official(body));
    }

    @Test
    void uploadResources81() {
        UploadResourcesRequest request = UploadResourcesRequest.builder()
                .addPath("https://xkftest.obs.xxx.com/txr_test/jars/spark-sdv-app.jar")
                .addPath("https://xkftest.obs.xxx.com/txr_test/jars/wordcount")
                .kind(ResourceKind.JAR)
                .group("gatk")
                .isAsync(true)
                .addTag("team", "data")
                .build();
        UploadJobResourcesRequestBody body = new UploadJobResourcesRequestBody()
                .withPaths(List.of(
                        "https://xkftest.obs.xxx.com/txr_test/jars/spark-sdv-app.jar",
                        "https://xkftest.obs.xxx.com/txr_test/jars/wordcount"))
                .withKind("jar")
                .withGroup("gatk")
                .withIsAsync(true)
                .withTags(List.of(tag("team", "data")));
        // is_async is a JSON boolean on both sides (the reference's example writes "true").
        assertThat(ours(ResourceOperations.UPLOAD_RESOURCES, request)).isEqualTo(official(body));
    }

    @Test
    void uploadModules83To85ShareTheOfficialBody() {
        UploadModuleRequest request = UploadModuleRequest.of("gatk", List.of("https://test.obs.xxx.com/test_dli.jar"));
        JsonNode expected = official(new UploadResourcesRequestBody()
                .withPaths(List.of("https://test.obs.xxx.com/test_dli.jar"))
                .withGroup("gatk"));
        assertThat(ours(ResourceOperations.UPLOAD_JAR_RESOURCES, request)).isEqualTo(expected);
        assertThat(ours(ResourceOperations.UPLOAD_PY_FILE_RESOURCES, request)).isEqualTo(expected);
        assertThat(ours(ResourceOperations.UPLOAD_FILE_RESOURCES, request)).isEqualTo(expected);
    }

    @Test
    void updateResourceOwner88() {
        UpdateResourceOwnerRequest request = UpdateResourceOwnerRequest.builder()
                .newOwner("scuser1")
                .groupName("groupName")
                .resourceName("a.jar")
                .build();
        UpdateJobResourceOwnerRequestBody body = new UpdateJobResourceOwnerRequestBody()
                .withNewOwner("scuser1")
                .withGroupName("groupName")
                .withResourceName("a.jar");
        assertThat(ours(ResourceOperations.UPDATE_RESOURCE_OWNER, request)).isEqualTo(official(body));
        assertThat(ours(ResourceOperations.UPDATE_RESOURCE_OWNER, UpdateResourceOwnerRequest.ofGroup("g", "scuser1")))
                .isEqualTo(official(new UpdateJobResourceOwnerRequestBody()
                        .withNewOwner("scuser1")
                        .withGroupName("g")));
    }

    @Test
    void createConnection121() {
        CreateConnectionRequest request = CreateConnectionRequest.builder()
                .name("test")
                .destVpcId("22094d8f-c310-4621-913d-4c4d655d8495")
                .destNetworkId("78f2562a-36e4-4b39-95b9-f5aab22e1281")
                .addQueue("q1")
                .addQueue("q2")
                .routetableId("rt-1")
                .addHost("ecs-97f8-0001", "192.168.0.1")
                .addTag("env", "prod")
                .build();
        CreateEnhancedConnectionRequestBody body = new CreateEnhancedConnectionRequestBody()
                .withName("test")
                .withDestVpcId("22094d8f-c310-4621-913d-4c4d655d8495")
                .withDestNetworkId("78f2562a-36e4-4b39-95b9-f5aab22e1281")
                .withQueues(List.of("q1", "q2"))
                .withRoutetableId("rt-1")
                .withHosts(List.of(
                        new EnhancedConnectionHost().withName("ecs-97f8-0001").withIp("192.168.0.1")))
                .withTags(List.of(tag("env", "prod")));
        assertThat(ours(ConnectionOperations.CREATE_CONNECTION, request)).isEqualTo(official(body));
    }

    @Test
    void associateAndDisassociateQueues125And126() {
        List<String> queues = List.of("q1", "q2");
        assertThat(ours(ConnectionOperations.ASSOCIATE_QUEUES, AssociateQueuesRequest.of("c1", queues)))
                .isEqualTo(official(new AssociateQueueToEnhancedConnectionRequestBody().withQueues(queues)));
        assertThat(ours(ConnectionOperations.DISASSOCIATE_QUEUES, DisassociateQueuesRequest.of("c1", queues)))
                .isEqualTo(official(new DisassociateQueueFromEnhancedConnectionRequestBody().withQueues(queues)));
    }

    @Test
    void updateConnectionHosts127() {
        UpdateConnectionHostsRequest request = UpdateConnectionHostsRequest.of(
                "c1", List.of(Host.of("ecs-97f8-0001", "192.168.0.1"), Host.of("ecs-97f8-0002", "192.168.0.2")));
        UpdateEnhancedConnectionRequestBody body = new UpdateEnhancedConnectionRequestBody()
                .withHosts(List.of(
                        new EnhancedConnectionHost().withName("ecs-97f8-0001").withIp("192.168.0.1"),
                        new EnhancedConnectionHost().withName("ecs-97f8-0002").withIp("192.168.0.2")));
        assertThat(ours(ConnectionOperations.UPDATE_CONNECTION_HOSTS, request)).isEqualTo(official(body));
    }

    @Test
    void updateConnectionHosts127WithNoHostsClearsThem() {
        // An empty list is meaningful (it clears every host), so both sides send "hosts": [].
        assertThat(ours(ConnectionOperations.UPDATE_CONNECTION_HOSTS, UpdateConnectionHostsRequest.of("c1", List.of())))
                .isEqualTo(official(new UpdateEnhancedConnectionRequestBody().withHosts(new ArrayList<>())))
                .isEqualTo(WireSupport.json("{\"hosts\":[]}"));
    }
}
