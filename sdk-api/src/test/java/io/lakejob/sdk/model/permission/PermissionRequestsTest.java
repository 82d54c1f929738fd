package io.lakejob.sdk.model.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.spi.HttpMethod;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.PermissionOperations;
import io.lakejob.sdk.testing.RecordingTransport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PermissionRequestsTest {

    private static void assertField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                .isEqualTo(field));
    }

    // ---- 5.1 queue grants

    @Test
    void queueGrantMatchesTheReferenceExample() {
        GrantQueuePermissionRequest r =
                GrantQueuePermissionRequest.grant("queue1", "tenant2", Privilege.DROP_QUEUE, Privilege.SUBMIT_JOB);
        assertThat(r.action()).isSameAs(PermissionAction.GRANT);
        assertThat(r.privileges()).containsExactly(Privilege.DROP_QUEUE, Privilege.SUBMIT_JOB);
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThatThrownBy(() -> r.privileges().add(Privilege.RESTART))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void queueGrantRequiresEveryField() {
        assertField(
                () -> GrantQueuePermissionRequest.builder()
                        .userName("u")
                        .action(PermissionAction.GRANT)
                        .addPrivileges(Privilege.SUBMIT_JOB)
                        .build(),
                "queue_name");
        assertField(
                () -> GrantQueuePermissionRequest.builder()
                        .queueName("q")
                        .action(PermissionAction.GRANT)
                        .addPrivileges(Privilege.SUBMIT_JOB)
                        .build(),
                "user_name");
        assertField(
                () -> GrantQueuePermissionRequest.builder()
                        .queueName("q")
                        .userName("u")
                        .addPrivileges(Privilege.SUBMIT_JOB)
                        .build(),
                "action");
        assertField(
                () -> GrantQueuePermissionRequest.builder()
                        .queueName("q")
                        .userName("u")
                        .action(PermissionAction.GRANT)
                        .privileges(null)
                        .build(),
                "privileges");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_q", "123", "a-b", "a/b", "../x", "队列"})
    void queueGrantRejectsBadQueueNames(String name) {
        assertField(() -> GrantQueuePermissionRequest.grant(name, "u", Privilege.SUBMIT_JOB), "queue_name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "a/b", "..", "%2e%2e", "a\r\nb", " user", "user "})
    void rejectsBadUserNames(String user) {
        assertField(() -> GrantQueuePermissionRequest.grant("q", user, Privilege.SUBMIT_JOB), "user_name");
        assertField(
                () -> GrantDataPermissionRequest.builder()
                        .userName(user)
                        .action(PermissionAction.GRANT)
                        .addPrivilege("databases.db1", Privilege.SELECT)
                        .build(),
                "user_name");
    }

    @Test
    void unknownActionIsKeptButRefusedInRequests() {
        PermissionAction explode = PermissionAction.of("explode");
        assertThat(explode.isKnown()).isFalse();
        assertThat(PermissionAction.of("GRANT")).isSameAs(PermissionAction.GRANT);
        assertField(
                () -> GrantQueuePermissionRequest.builder()
                        .queueName("q")
                        .userName("u")
                        .action(explode)
                        .addPrivileges(Privilege.SUBMIT_JOB)
                        .build(),
                "action");
        assertField(
                () -> GrantDataPermissionRequest.builder()
                        .userName("u")
                        .action(explode)
                        .addPrivilege("databases.db1", Privilege.SELECT)
                        .build(),
                "action");
        assertField(() -> PermissionAction.of(" "), "action");
    }

    @Test
    void queueGrantAcceptsOnlyQueuePrivileges() {
        for (Privilege p : Privilege.QUEUE_PRIVILEGES) {
            assertThat(GrantQueuePermissionRequest.grant("q", "u", p).privileges())
                    .containsExactly(p);
        }
        assertField(() -> GrantQueuePermissionRequest.grant("q", "u", Privilege.SELECT), "privileges");
        assertField(() -> GrantQueuePermissionRequest.grant("q", "u", Privilege.of("FLY")), "privileges");
        assertField(
                () -> GrantQueuePermissionRequest.grant("q", "u", Privilege.SUBMIT_JOB, Privilege.SUBMIT_JOB),
                "privileges");
        assertField(() -> GrantQueuePermissionRequest.grant("q", "u", Privilege.SUBMIT_JOB, null), "privileges");
    }

    @Test
    void emptyPrivilegeListOnlyWithUpdate() {
        assertField(() -> GrantQueuePermissionRequest.grant("q", "u"), "privileges");
        assertField(() -> GrantQueuePermissionRequest.revoke("q", "u"), "privileges");
        GrantQueuePermissionRequest update = GrantQueuePermissionRequest.builder()
                .queueName("q")
                .userName("u")
                .action(PermissionAction.UPDATE)
                .build();
        assertThat(update.privileges()).isEmpty();
    }

    @Test
    void unknownPrivilegesAreKeptAndMatchedCaseInsensitively() {
        assertThat(Privilege.of("submit_job")).isSameAs(Privilege.SUBMIT_JOB);
        Privilege p = Privilege.of("INSERT_INTO_TABLE");
        assertThat(p.isKnown()).isFalse();
        assertThat(p.value()).isEqualTo("INSERT_INTO_TABLE");
        assertThat(Privilege.knownValues()).contains(Privilege.ALL, Privilege.SCALE_QUEUE);
        assertField(() -> Privilege.of(""), "privileges");
    }

    // ---- 5.3 data grants and object names

    @Test
    void dataGrantMatchesTheReferenceExample() {
        GrantDataPermissionRequest r = GrantDataPermissionRequest.builder()
                .userName("user2")
                .action(PermissionAction.GRANT)
                .addPrivilege("databases.db1.tables.tb2.columns.column1", Privilege.SELECT)
                .addPrivilege("databases.db1.tables.tbl", Privilege.DROP_TABLE)
                .addPrivilege("databases.db1", Privilege.SELECT)
                .build();
        assertThat(r.privileges())
                .extracting(DataPrivilege::object)
                .containsExactly(
                        "databases.db1.tables.tb2.columns.column1", "databases.db1.tables.tbl", "databases.db1");
        assertThat(r.toBuilder().build()).isEqualTo(r);
    }

    @Test
    void dataGrantRules() {
        assertField(
                () -> GrantDataPermissionRequest.builder()
                        .userName("u")
                        .action(PermissionAction.GRANT)
                        .build(),
                "privileges");
        assertField(
                () -> GrantDataPermissionRequest.builder()
                        .userName("u")
                        .action(PermissionAction.GRANT)
                        .privileges(null)
                        .build(),
                "privileges");
        assertField(
                () -> GrantDataPermissionRequest.builder()
                        .userName("u")
                        .action(PermissionAction.GRANT)
                        .addPrivilege("databases.db1")
                        .build(),
                "privileges");
        assertField(
                () -> GrantDataPermissionRequest.builder()
                        .userName("u")
                        .action(PermissionAction.GRANT)
                        .addPrivilege("databases.db1", Privilege.SELECT)
                        .addPrivilege("databases.db1", Privilege.ALL)
                        .build(),
                "privileges");
        assertField(() -> DataPrivilege.of("databases.db1", Privilege.of("not a name")), "privileges");
        assertField(() -> DataPrivilege.of(null, Privilege.SELECT), "object");
        GrantDataPermissionRequest revokeAll = GrantDataPermissionRequest.builder()
                .userName("u")
                .action(PermissionAction.UPDATE)
                .addPrivilege("databases.db1.tables.t1")
                .build();
        assertThat(revokeAll.privileges().get(0).privileges()).isEmpty();
        assertThat(DataPrivilege.of("databases.db1", Privilege.of("INSERT_INTO_TABLE"))
                        .privileges())
                .hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "databases.db1",
                "databases.db1.tables.tb2",
                "databases.db1.tables.$tb",
                "databases.db1.tables.tb2.columns.column1",
                "jobs.flink.9561",
                "groups.gatk",
                "groups.my-group.v1",
                "resources.test.jar",
                "resources.gatk/spark-examples_2.11-2.1.0.luxor.jar",
                "queues.queue1"
            })
    void acceptsDocumentedObjectNames(String object) {
        assertThat(DataPrivilege.of(object, Privilege.SELECT).object()).isEqualTo(object);
        assertThat(ListObjectPrivilegesRequest.of(object).object()).isEqualTo(object);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "db1",
                "databases.",
                "databases._db",
                "databases.123",
                "databases.db1.tables",
                "databases.db1.views.v1",
                "databases.db1.tables.t1.columns.",
                "databases.db1.tables.t1.columns.c1.x",
                "databases.db-1",
                "databases.db1.tables.t/1",
                "jobs.flink.abc",
                "jobs.flink.",
                "jobs.spark.1",
                "groups.a/b",
                "groups.",
                "resources.",
                "resources.a/b/c",
                "resources./x",
                "resources..",
                "queues._q",
                "databases.db1\r\n",
                "tables.t1"
            })
    void rejectsUndocumentedObjectNames(String object) {
        assertField(() -> DataPrivilege.of(object, Privilege.SELECT), "object");
        assertField(() -> ListObjectPrivilegesRequest.of(object), "object");
    }

    @Test
    void objectFactoriesBuildDocumentedNames() {
        assertThat(PermissionObjects.database("db1")).isEqualTo("databases.db1");
        assertThat(PermissionObjects.table("db1", "t1")).isEqualTo("databases.db1.tables.t1");
        assertThat(PermissionObjects.column("db1", "t1", "c1")).isEqualTo("databases.db1.tables.t1.columns.c1");
        assertThat(PermissionObjects.flinkJob(9561)).isEqualTo("jobs.flink.9561");
        assertThat(PermissionObjects.group("gatk")).isEqualTo("groups.gatk");
        assertThat(PermissionObjects.resource("a.jar")).isEqualTo("resources.a.jar");
        assertThat(PermissionObjects.resource("gatk", "a.jar")).isEqualTo("resources.gatk/a.jar");
        assertThat(PermissionObjects.queue("q1")).isEqualTo("queues.q1");
        assertField(() -> PermissionObjects.table("db1", "a.b"), "object");
        assertField(() -> PermissionObjects.flinkJob(-1), "object");
        assertThat(PermissionObjects.validate("object", null)).isNull();
    }

    // ---- path parameters of 5.2, 5.4, 5.5, 5.6

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", "%2e%2e", "a\r\nb", "..", ".", "a\\b"})
    void traversalLikePathParametersAreRejected(String bad) {
        assertField(() -> ListQueueUsersRequest.of(bad), "queue_name");
        assertField(() -> ListDatabaseUsersRequest.of(bad), "database_name");
        assertField(() -> ListTableUsersRequest.of(bad, "t1"), "database_name");
        assertField(() -> ListTableUsersRequest.of("db1", bad), "table_name");
        assertField(() -> GetTableUserPrivilegesRequest.of(bad, "t1", "u"), "database_name");
        assertField(() -> GetTableUserPrivilegesRequest.of("db1", bad, "u"), "table_name");
        assertField(() -> GetTableUserPrivilegesRequest.of("db1", "t1", bad), "user_name");
    }

    @Test
    void databaseAndTableNameRules() {
        assertThat(ListTableUsersRequest.of("dsstest", "$csv_par_table").tableName())
                .isEqualTo("$csv_par_table");
        assertField(() -> ListDatabaseUsersRequest.of("db$"), "database_name");
        assertField(() -> ListDatabaseUsersRequest.of("d".repeat(129)), "database_name");
        assertThat(ListDatabaseUsersRequest.of("d".repeat(128)).databaseName()).hasSize(128);
        assertField(() -> ListDatabaseUsersRequest.of(null), "database_name");
        assertField(() -> ListTableUsersRequest.of("db1", null), "table_name");
        assertField(() -> ListTableUsersRequest.of("db1", "123"), "table_name");
        assertField(() -> GetTableUserPrivilegesRequest.of("db1", "t1", null), "user_name");
    }

    @Test
    void queueUserPagingRules() {
        assertThat(ListQueueUsersRequest.of("q")).isEqualTo(new ListQueueUsersRequest("q", 100, 0));
        assertField(
                () -> ListQueueUsersRequest.builder().queueName("q").offset(0).build(), "limit");
        assertField(
                () -> ListQueueUsersRequest.builder().queueName("q").limit(10).build(), "offset");
        assertField(() -> ListQueueUsersRequest.builder().limit(10).offset(0).build(), "queue_name");
        assertField(() -> new ListQueueUsersRequest("q", 0, 0), "limit");
        assertField(() -> new ListQueueUsersRequest("q", 10, -1), "offset");
        ListQueueUsersRequest r = ListQueueUsersRequest.builder()
                .queueName("q")
                .limit(5)
                .offset(10)
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
    }

    @Test
    void objectPrivilegePagingRules() {
        ListObjectPrivilegesRequest r = ListObjectPrivilegesRequest.builder()
                .object("jobs.flink.1")
                .limit(5)
                .offset(0)
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertField(() -> ListObjectPrivilegesRequest.builder().build(), "object");
        assertField(() -> r.toBuilder().limit(0).build(), "limit");
        assertField(() -> r.toBuilder().offset(-1).build(), "offset");
    }

    // ---- catalogue and client

    @Test
    void operationsAreCatalogued() {
        List<Operation<?, ?>> ops = List.of(
                PermissionOperations.GRANT_QUEUE_PERMISSION,
                PermissionOperations.LIST_QUEUE_USERS,
                PermissionOperations.GRANT_DATA_PERMISSION,
                PermissionOperations.LIST_DATABASE_USERS,
                PermissionOperations.LIST_TABLE_USERS,
                PermissionOperations.GET_TABLE_USER_PRIVILEGES,
                PermissionOperations.LIST_OBJECT_PRIVILEGES);
        assertThat(ops).extracting(Operation::section).containsExactly("5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7");
        assertThat(ops).allSatisfy(o -> assertThat(o.group()).isEqualTo(OperationGroup.PERMISSIONS));
        assertThat(ops)
                .extracting(Operation::method)
                .containsExactly(
                        HttpMethod.PUT,
                        HttpMethod.GET,
                        HttpMethod.PUT,
                        HttpMethod.GET,
                        HttpMethod.GET,
                        HttpMethod.GET,
                        HttpMethod.GET);
        assertThat(PermissionOperations.GET_TABLE_USER_PRIVILEGES.pathTemplate())
                .isEqualTo("/v1.0/{project_id}/databases/{database_name}/tables/{table_name}/users/{user_name}");
        assertThat(PermissionOperations.GRANT_QUEUE_PERMISSION.pathTemplate())
                .isEqualTo("/v1.0/{project_id}/queues/user-authorization");
        assertThat(PermissionOperations.GRANT_DATA_PERMISSION.pathTemplate())
                .isEqualTo("/v1.0/{project_id}/user-authorization");
        assertThat(PermissionOperations.LIST_OBJECT_PRIVILEGES.pathTemplate())
                .isEqualTo("/v1.0/{project_id}/authorization/privileges");
        assertThat(PermissionOperations.GRANT_QUEUE_PERMISSION.idempotent()).isTrue();
    }

    @Test
    void clientSendsTheRightOperations() {
        UserPrivilege admin = new UserPrivilege(true, "tenant1", List.of(Privilege.ALL));
        RecordingTransport t = new RecordingTransport()
                .answer(PermissionOperations.GRANT_QUEUE_PERMISSION, r -> BasicResponse.success(""))
                .answer(PermissionOperations.GRANT_DATA_PERMISSION, r -> BasicResponse.success("ok"))
                .answer(
                        PermissionOperations.LIST_QUEUE_USERS,
                        r -> new ListQueueUsersResponse(true, "", r.queueName(), List.of(admin)))
                .answer(
                        PermissionOperations.LIST_DATABASE_USERS,
                        r -> new ListDatabaseUsersResponse(true, "", r.databaseName(), List.of(admin)))
                .answer(
                        PermissionOperations.LIST_TABLE_USERS,
                        r -> new ListTableUsersResponse(
                                true,
                                "",
                                List.of(new TableUserPrivilege(
                                        false, "databases.dsstest.tables.t", List.of(Privilege.SELECT), "tent2"))))
                .answer(
                        PermissionOperations.GET_TABLE_USER_PRIVILEGES,
                        r -> new GetTableUserPrivilegesResponse(
                                true,
                                "",
                                r.userName(),
                                List.of(new ObjectPrivilege(
                                        "databases.db.tables.t", List.of(Privilege.DESCRIBE_TABLE)))))
                .answer(
                        PermissionOperations.LIST_OBJECT_PRIVILEGES,
                        r -> new ListObjectPrivilegesResponse(true, "", "9561", "flink", List.of(admin), 1));
        try (LakeJobClient client = t.client()) {
            client.permissions().grantQueue(b -> b.queueName("queue1")
                    .userName("tenant2")
                    .action(PermissionAction.GRANT)
                    .addPrivileges(Privilege.DROP_QUEUE, Privilege.SUBMIT_JOB));
            assertThat(t.lastCall().operation()).isSameAs(PermissionOperations.GRANT_QUEUE_PERMISSION);
            assertThat(t.lastCall().request())
                    .isEqualTo(GrantQueuePermissionRequest.grant(
                            "queue1", "tenant2", Privilege.DROP_QUEUE, Privilege.SUBMIT_JOB));

            assertThat(client.permissions()
                            .grantData(b -> b.userName("user2")
                                    .action(PermissionAction.REVOKE)
                                    .addPrivilege("databases.db1", Privilege.SELECT))
                            .message())
                    .isEqualTo("ok");
            assertThat(t.lastCall().operation()).isSameAs(PermissionOperations.GRANT_DATA_PERMISSION);

            assertThat(client.permissions().listQueueUsers("queue1").queueName())
                    .isEqualTo("queue1");
            assertThat(t.lastCall().request()).isEqualTo(ListQueueUsersRequest.of("queue1"));
            client.permissions()
                    .listQueueUsers(b -> b.queueName("queue1").limit(7).offset(14));
            assertThat(t.lastCall().request()).isEqualTo(new ListQueueUsersRequest("queue1", 7, 14));

            assertThat(client.permissions().listDatabaseUsers("dsstest").items())
                    .containsExactly(admin);
            assertThat(t.lastCall().request()).isEqualTo(ListDatabaseUsersRequest.of("dsstest"));

            assertThat(client.permissions().listTableUsers("dsstest", "t").privileges())
                    .hasSize(1);
            assertThat(t.lastCall().operation()).isSameAs(PermissionOperations.LIST_TABLE_USERS);

            assertThat(client.permissions()
                            .getTableUserPrivileges("db", "t", "scuser1")
                            .userName())
                    .isEqualTo("scuser1");
            assertThat(t.lastCall().request()).isEqualTo(GetTableUserPrivilegesRequest.of("db", "t", "scuser1"));

            assertThat(client.permissions()
                            .listObjectPrivileges("jobs.flink.9561")
                            .totalCount())
                    .hasValue(1);
            assertThat(t.lastCall().request()).isEqualTo(ListObjectPrivilegesRequest.of("jobs.flink.9561"));
            client.permissions()
                    .listObjectPrivileges(b -> b.object("groups.gatk").limit(3));
            assertThat(t.lastCall().request()).isEqualTo(new ListObjectPrivilegesRequest("groups.gatk", null, 3));
        }
        assertThat(t.calls()).hasSize(9);
    }

    @Test
    void invalidRequestsNeverReachTheTransport() {
        RecordingTransport t = new RecordingTransport();
        try (LakeJobClient client = t.client()) {
            assertField(() -> client.permissions().listQueueUsers("../q"), "queue_name");
            assertField(() -> client.permissions().grantQueue(b -> b.queueName("q")), "user_name");
        }
        assertThat(t.calls()).isEmpty();
    }

    @Test
    void listAllQueueUsersFollowsOffsets() {
        List<UserPrivilege> all = IntStream.range(0, 7)
                .mapToObj(i -> new UserPrivilege(false, "u" + i, List.of(Privilege.SUBMIT_JOB)))
                .collect(Collectors.toList());
        List<Integer> offsets = new ArrayList<>();
        RecordingTransport t = new RecordingTransport().answer(PermissionOperations.LIST_QUEUE_USERS, r -> {
            offsets.add(r.offset());
            return new ListQueueUsersResponse(
                    true, "", r.queueName(), all.subList(Math.min(r.offset(), 7), Math.min(r.offset() + r.limit(), 7)));
        });
        try (LakeJobClient client = t.client()) {
            List<String> names = client
                    .permissions()
                    .listAllQueueUsers(ListQueueUsersRequest.builder()
                            .queueName("q")
                            .limit(3)
                            .offset(99)
                            .build())
                    .stream()
                    .map(UserPrivilege::userName)
                    .collect(Collectors.toList());
            assertThat(names).containsExactly("u0", "u1", "u2", "u3", "u4", "u5", "u6");
            assertThat(offsets).containsExactly(0, 3, 6);
        }
    }

    @Test
    void listAllObjectPrivilegesStopsAtTheReportedCount() {
        List<UserPrivilege> all = IntStream.range(0, 4)
                .mapToObj(i -> new UserPrivilege(false, "u" + i, List.of(Privilege.GET)))
                .collect(Collectors.toList());
        RecordingTransport t = new RecordingTransport()
                .answer(
                        PermissionOperations.LIST_OBJECT_PRIVILEGES,
                        r -> new ListObjectPrivilegesResponse(
                                true,
                                "",
                                "1",
                                "flink",
                                all.subList(Math.min(r.offset(), 4), Math.min(r.offset() + r.limit(), 4)),
                                4));
        try (LakeJobClient client = t.client()) {
            List<String> names = client
                    .permissions()
                    .listAllObjectPrivileges(ListObjectPrivilegesRequest.builder()
                            .object("jobs.flink.1")
                            .limit(2)
                            .build())
                    .stream()
                    .map(UserPrivilege::userName)
                    .collect(Collectors.toList());
            assertThat(names).containsExactly("u0", "u1", "u2", "u3");
            assertThat(t.calls()).hasSize(2);
            assertThat(t.calls())
                    .extracting(c -> ((ListObjectPrivilegesRequest) c.request()).offset())
                    .containsExactly(0, 2);
        }
    }

    @Test
    void responsesCopyTheirLists() {
        List<Privilege> ps = new ArrayList<>(Arrays.asList(Privilege.ALL));
        UserPrivilege u = new UserPrivilege(true, "a", ps);
        ps.add(Privilege.GET);
        assertThat(u.privileges()).containsExactly(Privilege.ALL);
        assertThat(new UserPrivilege(null, "a", null).privileges()).isEmpty();
        assertThat(new ListQueueUsersResponse(true, "", "q", null).items()).isEmpty();
        assertThat(new ListTableUsersResponse(true, "", null).totalCount()).hasValue(0);
        assertThat(new ListObjectPrivilegesResponse(true, "", "o", "t", null, null).totalCount())
                .isEmpty();
        assertThat(new GetTableUserPrivilegesResponse(true, "", "u", null).privileges())
                .isEmpty();
        assertThat(new TableUserPrivilege(true, "o", null, "u").privileges()).isEmpty();
        assertThat(new ObjectPrivilege("o", null).privileges()).isEmpty();
    }
}
