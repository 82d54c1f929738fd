package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.huaweicloud.sdk.core.http.Field;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import com.huaweicloud.sdk.core.http.LocationType;
import com.huaweicloud.sdk.core.utils.JsonUtils;
import com.huaweicloud.sdk.dli.v1.DliMeta;
import com.huaweicloud.sdk.dli.v1.model.BatchDeleteQueuePlansRequest;
import com.huaweicloud.sdk.dli.v1.model.BatchDeleteQueuePlansRequestBody;
import com.huaweicloud.sdk.dli.v1.model.CreateDatabaseRequest;
import com.huaweicloud.sdk.dli.v1.model.CreateDatabaseRequestBody;
import com.huaweicloud.sdk.dli.v1.model.CreateGlobalVariableRequest;
import com.huaweicloud.sdk.dli.v1.model.CreateGlobalVariableRequestBody;
import com.huaweicloud.sdk.dli.v1.model.CreateQueuePlanRequest;
import com.huaweicloud.sdk.dli.v1.model.CreateTableRequest;
import com.huaweicloud.sdk.dli.v1.model.CreateTableRequestBody;
import com.huaweicloud.sdk.dli.v1.model.DataAuthorizationPrivilege;
import com.huaweicloud.sdk.dli.v1.model.DeleteDatabaseRequest;
import com.huaweicloud.sdk.dli.v1.model.DeleteTableRequest;
import com.huaweicloud.sdk.dli.v1.model.ListAuthorizationPrivilegesRequest;
import com.huaweicloud.sdk.dli.v1.model.ListDatabasesRequest;
import com.huaweicloud.sdk.dli.v1.model.ListGlobalVariablesRequest;
import com.huaweicloud.sdk.dli.v1.model.ListPartitionsRequest;
import com.huaweicloud.sdk.dli.v1.model.ListTablesRequest;
import com.huaweicloud.sdk.dli.v1.model.PreviewTableRequest;
import com.huaweicloud.sdk.dli.v1.model.QueuePlanRequestBody;
import com.huaweicloud.sdk.dli.v1.model.QueuePlanRequestBody.RepeatDayEnum;
import com.huaweicloud.sdk.dli.v1.model.RegisterAuthorizedQueueRequest;
import com.huaweicloud.sdk.dli.v1.model.RegisterAuthorizedQueueRequestBody;
import com.huaweicloud.sdk.dli.v1.model.RunDataAuthorizationActionRequest;
import com.huaweicloud.sdk.dli.v1.model.RunDataAuthorizationActionRequestBody;
import com.huaweicloud.sdk.dli.v1.model.Tag;
import com.huaweicloud.sdk.dli.v1.model.UpdateDatabaseOwnerRequest;
import com.huaweicloud.sdk.dli.v1.model.UpdateGlobalVariableRequest;
import com.huaweicloud.sdk.dli.v1.model.UpdateGlobalVariableRequestBody;
import com.huaweicloud.sdk.dli.v1.model.UpdateOwnerRequestBody;
import com.huaweicloud.sdk.dli.v1.model.UpdateQueuePlanRequest;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.catalog.Column;
import io.lakejob.sdk.model.catalog.DataFormat;
import io.lakejob.sdk.model.catalog.DataLocation;
import io.lakejob.sdk.model.catalog.PreviewMode;
import io.lakejob.sdk.model.catalog.TableTypeFilter;
import io.lakejob.sdk.model.permission.GrantQueuePermissionRequest;
import io.lakejob.sdk.model.permission.PermissionAction;
import io.lakejob.sdk.model.permission.PermissionObjects;
import io.lakejob.sdk.model.permission.Privilege;
import io.lakejob.sdk.model.queue.Weekday;
import io.lakejob.sdk.model.variable.CreateGlobalVariableRequest.Builder;
import io.lakejob.sdk.spi.CatalogOperations;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.PermissionOperations;
import io.lakejob.sdk.spi.QueueOperations;
import io.lakejob.sdk.spi.VariableOperations;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The official {@code huaweicloud-sdk-dli} as the oracle for sections 5, 6.6-6.10, 7.1, 7.2 and 13:
 * each request body our transport sends (captured by WireMock) equals, as a JSON tree, the body the
 * official SDK's model classes serialise to with its own {@link JsonUtils}; and each operation's
 * method, path template and path/query parameter names agree with the official {@link DliMeta}
 * (where the official SDK knows fewer query parameters than the reference, ours is a superset).
 */
class PermissionCatalogVariableOracleTest extends WireSupport {

    @BeforeEach
    void answerEverything() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withBody("{\"is_success\":true,\"message\":\"\"}")));
    }

    private JsonNode sent() {
        return json(onlyRequest().getBodyAsString());
    }

    private static JsonNode official(Object body) {
        return json(JsonUtils.toJSON(body));
    }

    private void call(Consumer<LakeJobClient> call) {
        try (LakeJobClient client = client()) {
            call.accept(client);
        }
    }

    /** The official definition whose request type is {@code officialRequest}. */
    private static HttpRequestDef<?, ?> def(Class<?> officialRequest) {
        for (java.lang.reflect.Field f : DliMeta.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && HttpRequestDef.class.isAssignableFrom(f.getType())) {
                try {
                    f.setAccessible(true);
                    HttpRequestDef<?, ?> d = (HttpRequestDef<?, ?>) f.get(null);
                    if (d.getRequestType() == officialRequest) {
                        return d;
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("no official definition for " + officialRequest);
    }

    private static Set<String> officialFields(HttpRequestDef<?, ?> d, LocationType where) {
        Set<String> names = new TreeSet<>();
        for (Field<?, ?> f : d.getRequestFields()) {
            if (f.getLocation() == where) {
                names.add(f.getName());
            }
        }
        return names;
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\{([a-z_]+)\\}").matcher(template);
        while (m.find()) {
            if (!m.group(1).equals("project_id")) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Same method, same path template, same path parameters; a body exactly when the official SDK has one. */
    private static void assertSameBinding(Operation<?, ?> ours, Class<?> officialRequest, boolean body) {
        HttpRequestDef<?, ?> d = def(officialRequest);
        assertThat(ours.method().name()).as(ours.name()).isEqualTo(d.getMethod().name());
        assertThat(ours.pathTemplate()).as(ours.name()).isEqualTo(d.getUri());
        assertThat(placeholders(ours.pathTemplate())).as(ours.name()).isEqualTo(officialFields(d, LocationType.Path));
        assertThat(officialFields(d, LocationType.Body)).as(ours.name()).isEqualTo(body ? Set.of("body") : Set.of());
    }

    private void assertQueryCovers(Class<?> officialRequest) {
        LoggedRequest r = onlyRequest();
        assertThat(r.getQueryParams().keySet()).containsAll(officialFields(def(officialRequest), LocationType.Query));
    }

    // ---- chapter 5

    @Test
    void grantQueueBodyEqualsTheOfficialModel() {
        call(c -> c.permissions()
                .grantQueue(GrantQueuePermissionRequest.grant(
                        "queue1", "tenant2", Privilege.DROP_QUEUE, Privilege.SUBMIT_JOB)));
        RegisterAuthorizedQueueRequest req = new RegisterAuthorizedQueueRequest()
                .withBody(new RegisterAuthorizedQueueRequestBody()
                        .withQueueName("queue1")
                        .withUserName("tenant2")
                        .withAction("grant")
                        .withPrivileges(List.of("DROP_QUEUE", "SUBMIT_JOB")));
        assertThat(sent()).isEqualTo(official(req.getBody()));
        assertSameBinding(PermissionOperations.GRANT_QUEUE_PERMISSION, RegisterAuthorizedQueueRequest.class, true);
    }

    @Test
    void revokeAllQueuePrivilegesEqualsTheOfficialModelWithAnEmptyList() {
        call(c -> c.permissions().grantQueue(g -> g.queueName("q1")
                .userName("u1")
                .action(PermissionAction.UPDATE)
                .privileges(List.of())));
        assertThat(sent())
                .isEqualTo(official(new RegisterAuthorizedQueueRequestBody()
                        .withQueueName("q1")
                        .withUserName("u1")
                        .withAction("update")
                        .withPrivileges(new ArrayList<>())));
    }

    @Test
    void grantDataBodyEqualsTheOfficialModel() {
        call(c -> c.permissions().grantData(g -> g.userName("user2")
                .action(PermissionAction.REVOKE)
                .addPrivilege(PermissionObjects.column("db1", "tb2", "column1"), Privilege.SELECT)
                .addPrivilege(PermissionObjects.resource("grp", "a.jar"), Privilege.of("USE_GROUP"))
                .addPrivilege(PermissionObjects.database("db1"), Privilege.SELECT, Privilege.DROP_TABLE)));
        RunDataAuthorizationActionRequest req = new RunDataAuthorizationActionRequest()
                .withBody(new RunDataAuthorizationActionRequestBody()
                        .withUserName("user2")
                        .withAction("revoke")
                        .withPrivileges(List.of(
                                new DataAuthorizationPrivilege()
                                        .withObject("databases.db1.tables.tb2.columns.column1")
                                        .withPrivileges(List.of("SELECT")),
                                new DataAuthorizationPrivilege()
                                        .withObject("resources.grp/a.jar")
                                        .withPrivileges(List.of("USE_GROUP")),
                                new DataAuthorizationPrivilege()
                                        .withObject("databases.db1")
                                        .withPrivileges(List.of("SELECT", "DROP_TABLE")))));
        assertThat(sent()).isEqualTo(official(req.getBody()));
        assertSameBinding(PermissionOperations.GRANT_DATA_PERMISSION, RunDataAuthorizationActionRequest.class, true);
    }

    @Test
    void listObjectPrivilegesQueryCoversTheOfficialOne() {
        call(c -> c.permissions()
                .listObjectPrivileges(l -> l.object("jobs.flink.9561").offset(0).limit(10)));
        assertQueryCovers(ListAuthorizationPrivilegesRequest.class);
        assertSameBinding(PermissionOperations.LIST_OBJECT_PRIVILEGES, ListAuthorizationPrivilegesRequest.class, false);
    }

    @Test
    void permissionPathsAgreeWithTheOfficialDefinitions() {
        assertSameBinding(
                PermissionOperations.LIST_DATABASE_USERS,
                com.huaweicloud.sdk.dli.v1.model.ListDatabaseUsersRequest.class,
                false);
        assertSameBinding(
                PermissionOperations.LIST_TABLE_USERS,
                com.huaweicloud.sdk.dli.v1.model.ListTableUsersRequest.class,
                false);
        assertSameBinding(
                PermissionOperations.GET_TABLE_USER_PRIVILEGES,
                com.huaweicloud.sdk.dli.v1.model.ListTablePrivilegesRequest.class,
                false);
    }

    // ---- 6.6-6.10

    @Test
    void createPlanBodyEqualsTheOfficialModel() {
        call(c -> c.queues().createPlan(p -> p.queueName("queue1")
                .planName("plan_A")
                .targetCu(64)
                .startHour(20)
                .startMinute(30)
                .repeatDay(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.SUNDAY)
                .validDateBegin(Instant.ofEpochMilli(1590949800000L))
                .validDateEnd(Instant.ofEpochMilli(1591727400000L))
                .activate(true)));
        CreateQueuePlanRequest req = new CreateQueuePlanRequest()
                .withQueueName("queue1")
                .withBody(new QueuePlanRequestBody()
                        .withPlanName("plan_A")
                        .withTargetCu(64)
                        .withStartHour(20)
                        .withStartMinute(30)
                        .withRepeatDay(List.of(
                                RepeatDayEnum.MONDAY,
                                RepeatDayEnum.TUESDAY,
                                RepeatDayEnum.WEDNESDAY,
                                RepeatDayEnum.SUNDAY))
                        .withValidDateBegin(1590949800000L)
                        .withValidDateEnd(1591727400000L)
                        .withActivate(true));
        assertThat(sent()).isEqualTo(official(req.getBody()));
        assertThat(sent()).isEqualTo(json(resource("6.6-request.json")));
        assertSameBinding(QueueOperations.CREATE_QUEUE_PLAN, CreateQueuePlanRequest.class, true);
    }

    @Test
    void batchDeletePlansBodyEqualsTheOfficialModel() {
        call(c -> c.queues().deletePlans("queue1", List.of(3L, 4L)));
        BatchDeleteQueuePlansRequest req = new BatchDeleteQueuePlansRequest()
                .withQueueName("queue1")
                .withBody(new BatchDeleteQueuePlansRequestBody().withPlanIds(List.of(3L, 4L)));
        assertThat(sent()).isEqualTo(official(req.getBody()));
        assertSameBinding(QueueOperations.BATCH_DELETE_QUEUE_PLANS, BatchDeleteQueuePlansRequest.class, true);
    }

    @Test
    void updatePlanBodyEqualsTheOfficialModel() {
        call(c -> c.queues().updatePlan(p -> p.queueName("queue1")
                .planId(3L)
                .planName("plan_Ad")
                .targetCu(64)
                .startHour(19)
                .startMinute(30)
                .repeatDay(Weekday.THURSDAY, Weekday.of("friday"))
                .activate(false)));
        // Intended difference from the reference's example: it writes "friday"; the official
        // enumeration only has FRIDAY, which is what we send.
        UpdateQueuePlanRequest req = new UpdateQueuePlanRequest()
                .withQueueName("queue1")
                .withPlanId("3")
                .withBody(new QueuePlanRequestBody()
                        .withPlanName("plan_Ad")
                        .withTargetCu(64)
                        .withStartHour(19)
                        .withStartMinute(30)
                        .withRepeatDay(List.of(RepeatDayEnum.THURSDAY, RepeatDayEnum.FRIDAY))
                        .withActivate(false));
        assertThat(sent()).isEqualTo(official(req.getBody()));
        assertThat(rawPath(onlyRequest())).endsWith("/queues/queue1/plans/3");
        assertSameBinding(QueueOperations.UPDATE_QUEUE_PLAN, UpdateQueuePlanRequest.class, true);
    }

    @Test
    void planPathsAgreeWithTheOfficialDefinitions() {
        assertSameBinding(
                QueueOperations.LIST_QUEUE_PLANS, com.huaweicloud.sdk.dli.v1.model.ListQueuePlansRequest.class, false);
        assertSameBinding(
                QueueOperations.DELETE_QUEUE_PLAN,
                com.huaweicloud.sdk.dli.v1.model.DeleteQueuePlanRequest.class,
                false);
    }

    // ---- 7.1, 7.2

    @Test
    void createDatabaseBodyEqualsTheOfficialModel() {
        call(c -> c.catalog().createDatabase(d -> d.databaseName("db1")
                .description("this is for test")
                .enterpriseProjectId("0")
                .addTag("k1", "v1")));
        CreateDatabaseRequest req = new CreateDatabaseRequest()
                .withBody(new CreateDatabaseRequestBody()
                        .withDatabaseName("db1")
                        .withDescription("this is for test")
                        .withEnterpriseProjectId("0")
                        .withTags(List.of(new Tag().withKey("k1").withValue("v1"))));
        assertThat(sent()).isEqualTo(official(req.getBody()));
        assertSameBinding(CatalogOperations.CREATE_DATABASE, CreateDatabaseRequest.class, true);
    }

    @Test
    void updateDatabaseOwnerBodyEqualsTheOfficialModel() {
        call(c -> c.catalog().updateDatabaseOwner("db1", "scuser1"));
        UpdateDatabaseOwnerRequest req = new UpdateDatabaseOwnerRequest()
                .withDatabaseName("db1")
                .withBody(new UpdateOwnerRequestBody().withNewOwner("scuser1"));
        assertThat(sent()).isEqualTo(official(req.getBody()));
        assertSameBinding(CatalogOperations.UPDATE_DATABASE_OWNER, UpdateDatabaseOwnerRequest.class, true);
    }

    @Test
    void createObsTableBodyEqualsTheOfficialModel() {
        call(c -> c.catalog().createTable(t -> t.databaseName("db1")
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
                .timestampFormat("yyyy-MM-dd HH:mm:ss")));
        CreateTableRequest req = new CreateTableRequest()
                .withDatabaseName("db1")
                .withBody(new CreateTableRequestBody()
                        .withTableName("tb1")
                        .withDataLocation("OBS")
                        .withDescription("")
                        .withDataType("csv")
                        .withDataPath("obs://obs/path1")
                        .withColumns(List.of(
                                new com.huaweicloud.sdk.dli.v1.model.Column()
                                        .withColumnName("column1")
                                        .withType("string")
                                        .withDescription("")
                                        .withIsPartitionColumn(true),
                                new com.huaweicloud.sdk.dli.v1.model.Column()
                                        .withColumnName("column2")
                                        .withType("string")
                                        .withDescription("")
                                        .withIsPartitionColumn(false)))
                        .withWithColumnHeader(true)
                        .withDelimiter(",")
                        .withQuoteChar("\"")
                        .withEscapeChar("\\")
                        .withDateFormat("yyyy-MM-dd")
                        .withTimestampFormat("yyyy-MM-dd HH:mm:ss"));
        assertThat(sent()).isEqualTo(official(req.getBody()));
        assertThat(sent()).isEqualTo(json(resource("7.2.1-request.json")));
        assertSameBinding(CatalogOperations.CREATE_TABLE, CreateTableRequest.class, true);
    }

    @Test
    void createViewBodyEqualsTheOfficialModel() {
        call(c -> c.catalog().createTable(t -> t.databaseName("db1")
                .tableName("view1")
                .dataLocation(DataLocation.VIEW)
                .addColumn("column1", "string")
                .selectStatement("select * from db1.tb1")));
        CreateTableRequestBody body = new CreateTableRequestBody()
                .withTableName("view1")
                .withDataLocation("VIEW")
                .withColumns(List.of(new com.huaweicloud.sdk.dli.v1.model.Column()
                        .withColumnName("column1")
                        .withType("string")))
                .withSelectStatement("select * from db1.tb1");
        assertThat(sent()).isEqualTo(official(body));
    }

    @Test
    void catalogQueriesCoverTheOfficialOnes() {
        call(c -> c.catalog()
                .deleteDatabase(d -> d.databaseName("db1").cascade(true).async(false)));
        assertQueryCovers(DeleteDatabaseRequest.class);
        assertSameBinding(CatalogOperations.DELETE_DATABASE, DeleteDatabaseRequest.class, false);
        server.resetRequests();

        call(c -> c.catalog()
                .listDatabases(
                        l -> l.withPriv(true).offset(0).limit(5).keyword("d").tags("k=v")));
        assertQueryCovers(ListDatabasesRequest.class);
        assertSameBinding(CatalogOperations.LIST_DATABASES, ListDatabasesRequest.class, false);
        server.resetRequests();

        call(c -> c.catalog()
                .deleteTable(d -> d.databaseName("db1").tableName("t1").async(true)));
        assertQueryCovers(DeleteTableRequest.class);
        assertSameBinding(CatalogOperations.DELETE_TABLE, DeleteTableRequest.class, false);
        server.resetRequests();

        call(c -> c.catalog().listTables(l -> l.databaseName("db1")
                .keyword("t")
                .withDetail(true)
                .pageSize(10)
                .currentPage(1)
                .withPriv(true)
                .tableType(TableTypeFilter.MANAGED_TABLE)));
        // The reference also has datasource-type and without-tablemeta, which the official SDK lacks.
        assertQueryCovers(ListTablesRequest.class);
        assertSameBinding(CatalogOperations.LIST_TABLES, ListTablesRequest.class, false);
        server.resetRequests();

        call(c -> c.catalog()
                .previewTable(p -> p.databaseName("db1").tableName("t1").mode(PreviewMode.ASYNC)));
        assertQueryCovers(PreviewTableRequest.class);
        assertSameBinding(CatalogOperations.PREVIEW_TABLE, PreviewTableRequest.class, false);
        server.resetRequests();

        // The reference also has filter, which the official SDK lacks.
        call(c -> c.catalog()
                .listPartitions(
                        l -> l.databaseName("db1").tableName("t1").limit(10).offset(0)));
        assertQueryCovers(ListPartitionsRequest.class);
        assertSameBinding(CatalogOperations.LIST_PARTITIONS, ListPartitionsRequest.class, false);
    }

    // ---- 13

    @Test
    void createVariableBodyEqualsTheOfficialModel() {
        Consumer<Builder> request = v -> v.varName("string").varValue("string").isSensitive(true);
        call(c -> c.variables().create(request));
        CreateGlobalVariableRequest req = new CreateGlobalVariableRequest()
                .withBody(new CreateGlobalVariableRequestBody()
                        .withVarName("string")
                        .withVarValue("string")
                        .withIsSensitive(true));
        assertThat(sent()).isEqualTo(official(req.getBody()));
        assertThat(sent()).isEqualTo(json(resource("13.1-request.json")));
        assertSameBinding(VariableOperations.CREATE_GLOBAL_VARIABLE, CreateGlobalVariableRequest.class, true);
    }

    @Test
    void updateVariableBodyEqualsTheOfficialModel() {
        call(c -> c.variables().update("my_var", "new value"));
        UpdateGlobalVariableRequest req = new UpdateGlobalVariableRequest()
                .withVarName("my_var")
                .withBody(new UpdateGlobalVariableRequestBody().withVarValue("new value"));
        assertThat(sent()).isEqualTo(official(req.getBody()));
        assertSameBinding(VariableOperations.UPDATE_GLOBAL_VARIABLE, UpdateGlobalVariableRequest.class, true);
    }

    @Test
    void listVariablesQueryCoversTheOfficialOne() {
        call(c -> c.variables().list(l -> l.limit(100).offset(0)));
        assertQueryCovers(ListGlobalVariablesRequest.class);
        assertSameBinding(VariableOperations.LIST_GLOBAL_VARIABLES, ListGlobalVariablesRequest.class, false);
        assertSameBinding(
                VariableOperations.DELETE_GLOBAL_VARIABLE,
                com.huaweicloud.sdk.dli.v1.model.DeleteGlobalVariableRequest.class,
                false);
    }
}
