package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.permission.DataPrivilege;
import io.lakejob.sdk.model.permission.ObjectPrivilege;
import io.lakejob.sdk.model.permission.PermissionAction;
import io.lakejob.sdk.model.permission.PermissionObjects;
import io.lakejob.sdk.model.permission.Privilege;
import io.lakejob.sdk.model.permission.TableUserPrivilege;
import io.lakejob.sdk.model.permission.UserPrivilege;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LakeJobFlinkExtension.class)
class FlinkPermissionTest {

    @Test
    void queueGrantsAreAddedRevokedAndReplaced(LakeJobClient client) {
        client.permissions().grantQueue(g -> g.queueName("default")
                .userName("alice")
                .action(PermissionAction.GRANT)
                .privileges(List.of(Privilege.SUBMIT_JOB, Privilege.CANCEL_JOB)));
        client.permissions().grantQueue(g -> g.queueName("default")
                .userName("alice")
                .action(PermissionAction.REVOKE)
                .privileges(List.of(Privilege.CANCEL_JOB)));
        client.permissions().grantQueue(g -> g.queueName("default")
                .userName("bob")
                .action(PermissionAction.UPDATE)
                .privileges(List.of(Privilege.DROP_QUEUE)));
        List<UserPrivilege> users =
                client.permissions().listQueueUsers("default").items();
        assertThat(users).extracting(UserPrivilege::userName).containsExactly("alice", "bob");
        assertThat(users.get(0).privileges()).containsExactly(Privilege.SUBMIT_JOB);
        client.permissions().grantQueue(g -> g.queueName("default")
                .userName("bob")
                .action(PermissionAction.UPDATE)
                .privileges(List.of()));
        assertThat(client.permissions().listQueueUsers("default").items())
                .extracting(UserPrivilege::userName)
                .containsExactly("alice");
    }

    @Test
    void tableUsersIncludeDatabaseGrants(LakeJobClient client) {
        client.permissions().grantData(g -> g.userName("carol")
                .action(PermissionAction.GRANT)
                .privileges(List.of(
                        new DataPrivilege(PermissionObjects.database("sales"), List.of(Privilege.SELECT)),
                        new DataPrivilege(
                                PermissionObjects.table("sales", "orders"),
                                List.of(Privilege.ALTER_TABLE_ADD_PARTITION)))));
        assertThat(client.permissions().listTableUsers("sales", "orders").items())
                .extracting(TableUserPrivilege::object)
                .containsExactly("databases.sales", "databases.sales.tables.orders");
        assertThat(client.permissions()
                        .getTableUserPrivileges("sales", "orders", "carol")
                        .privileges())
                .extracting(ObjectPrivilege::object)
                .containsExactly("databases.sales", "databases.sales.tables.orders");
        assertThat(client.permissions().listDatabaseUsers("sales").items())
                .extracting(UserPrivilege::userName)
                .containsExactly("carol");
        assertThat(client.permissions()
                        .listObjectPrivileges(o -> o.object("databases.sales.tables.orders"))
                        .items())
                .singleElement()
                .satisfies(u -> assertThat(u.privileges()).containsExactly(Privilege.ALTER_TABLE_ADD_PARTITION));
    }
}
