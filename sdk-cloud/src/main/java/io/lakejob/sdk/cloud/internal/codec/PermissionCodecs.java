package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.model.permission.DataPrivilege;
import io.lakejob.sdk.model.permission.GetTableUserPrivilegesResponse;
import io.lakejob.sdk.model.permission.GrantDataPermissionRequest;
import io.lakejob.sdk.model.permission.GrantQueuePermissionRequest;
import io.lakejob.sdk.model.permission.ListDatabaseUsersResponse;
import io.lakejob.sdk.model.permission.ListObjectPrivilegesResponse;
import io.lakejob.sdk.model.permission.ListQueueUsersResponse;
import io.lakejob.sdk.model.permission.ListTableUsersResponse;
import io.lakejob.sdk.model.permission.ObjectPrivilege;
import io.lakejob.sdk.model.permission.Privilege;
import io.lakejob.sdk.model.permission.TableUserPrivilege;
import io.lakejob.sdk.model.permission.UserPrivilege;
import io.lakejob.sdk.spi.PermissionOperations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wire mapping of the permission operations, reference sections 5.1 to 5.7. */
final class PermissionCodecs {
    private PermissionCodecs() {}

    /**
     * The permission codecs.
     *
     * @return the codecs
     */
    static List<OperationCodec<?, ?>> all() {
        return List.of(
                // 5.1 PUT /v1.0/{project_id}/queues/user-authorization
                RestCodec.of(PermissionOperations.GRANT_QUEUE_PERMISSION)
                        .body(PermissionCodecs::grantQueueBody)
                        .decode(BasicAnswers::basic)
                        .build(),
                // 5.2 GET /v1.0/{project_id}/queues/{queue_name}/users?limit=&offset= (both required)
                RestCodec.of(PermissionOperations.LIST_QUEUE_USERS)
                        .path(r -> Map.of("queue_name", r.queueName()))
                        .query((r, q) -> q.add("limit", r.limit()).add("offset", r.offset()))
                        .decodeAs(WireUsers.class, w -> {
                            return new ListQueueUsersResponse(
                                    w.isSuccess(), w.message(), w.queueName(), users(w.privileges()));
                        })
                        .build(),
                // 5.3 PUT /v1.0/{project_id}/user-authorization
                RestCodec.of(PermissionOperations.GRANT_DATA_PERMISSION)
                        .body(PermissionCodecs::grantDataBody)
                        .decode(BasicAnswers::basic)
                        .build(),
                // 5.4 GET /v1.0/{project_id}/databases/{database_name}/users
                RestCodec.of(PermissionOperations.LIST_DATABASE_USERS)
                        .path(r -> Map.of("database_name", r.databaseName()))
                        .decodeAs(WireUsers.class, w -> {
                            return new ListDatabaseUsersResponse(
                                    w.isSuccess(), w.message(), w.databaseName(), users(w.privileges()));
                        })
                        .build(),
                // 5.5 GET /v1.0/{project_id}/databases/{database_name}/tables/{table_name}/users
                RestCodec.of(PermissionOperations.LIST_TABLE_USERS)
                        .path(r -> Map.of("database_name", r.databaseName(), "table_name", r.tableName()))
                        .decodeAs(WireUsers.class, w -> {
                            List<TableUserPrivilege> list = new ArrayList<>();
                            for (WireUser u : nonNull(w.privileges())) {
                                list.add(new TableUserPrivilege(
                                        u.isAdmin(), u.object(), privileges(u.privileges()), u.userName()));
                            }
                            return new ListTableUsersResponse(w.isSuccess(), w.message(), list);
                        })
                        .build(),
                // 5.6 GET /v1.0/{project_id}/databases/{database_name}/tables/{table_name}/users/{user_name}
                RestCodec.of(PermissionOperations.GET_TABLE_USER_PRIVILEGES)
                        .path(r -> Map.of(
                                "database_name", r.databaseName(),
                                "table_name", r.tableName(),
                                "user_name", r.userName()))
                        .decodeAs(WireUsers.class, w -> {
                            List<ObjectPrivilege> list = new ArrayList<>();
                            for (WireUser u : nonNull(w.privileges())) {
                                list.add(new ObjectPrivilege(u.object(), privileges(u.privileges())));
                            }
                            return new GetTableUserPrivilegesResponse(w.isSuccess(), w.message(), w.userName(), list);
                        })
                        .build(),
                // 5.7 GET /v1.0/{project_id}/authorization/privileges?object=&offset=&limit=
                RestCodec.of(PermissionOperations.LIST_OBJECT_PRIVILEGES)
                        .query((r, q) -> q.add("object", r.object())
                                .add("offset", r.offset())
                                .add("limit", r.limit()))
                        .decodeAs(WireUsers.class, w -> {
                            return new ListObjectPrivilegesResponse(
                                    w.isSuccess(),
                                    w.message(),
                                    w.objectName(),
                                    w.objectType(),
                                    users(w.privileges()),
                                    w.count());
                        })
                        .build());
    }

    private static Object grantQueueBody(GrantQueuePermissionRequest r) {
        Map<String, Object> body = JsonBody.object()
                .put("queue_name", r.queueName())
                .put("user_name", r.userName())
                .put("action", r.action())
                .toMap();
        // Required; an empty list with action update revokes every privilege, so it is sent as [].
        body.put("privileges", WireValues.requiredArray(r.privileges()));
        return body;
    }

    private static Object grantDataBody(GrantDataPermissionRequest r) {
        List<Object> objects = new ArrayList<>();
        for (DataPrivilege p : r.privileges()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("object", p.object());
            o.put("privileges", WireValues.requiredArray(p.privileges()));
            objects.add(o);
        }
        Map<String, Object> body = JsonBody.object()
                .put("user_name", r.userName())
                .put("action", r.action())
                .toMap();
        body.put("privileges", objects);
        return body;
    }

    private static List<UserPrivilege> users(List<WireUser> wire) {
        List<UserPrivilege> out = new ArrayList<>();
        for (WireUser u : nonNull(wire)) {
            out.add(new UserPrivilege(u.isAdmin(), u.userName(), privileges(u.privileges())));
        }
        return out;
    }

    private static List<Privilege> privileges(JsonNode node) {
        return WireValues.enums(node, Privilege::of);
    }

    private static List<WireUser> nonNull(List<WireUser> wire) {
        List<WireUser> out = new ArrayList<>();
        if (wire != null) {
            for (WireUser u : wire) {
                if (u != null) {
                    out.add(u);
                }
            }
        }
        return out;
    }

    /** Every list answer of chapter 5: the envelope and whichever of its fields the section has. */
    record WireUsers(
            Boolean isSuccess,
            String message,
            @JsonAlias("queueName") String queueName,
            @JsonAlias("databaseName") String databaseName,
            @JsonAlias("userName") String userName,
            @JsonAlias("objectName") String objectName,
            @JsonAlias("objectType") String objectType,
            Integer count,
            List<WireUser> privileges)
            implements WireResult {}

    /** One entry of a {@code privileges} array. */
    record WireUser(
            @JsonAlias("isAdmin") Boolean isAdmin,
            @JsonAlias("userName") String userName,
            String object,
            JsonNode privileges) {}
}
