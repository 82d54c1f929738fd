package io.lakejob.sdk.flink.internal.ops;

import io.lakejob.sdk.flink.internal.HandlerRegistry;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.metadata.MetadataSaver;
import io.lakejob.sdk.flink.internal.metadata.MetadataStore;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.permission.DataPrivilege;
import io.lakejob.sdk.model.permission.GetTableUserPrivilegesRequest;
import io.lakejob.sdk.model.permission.GetTableUserPrivilegesResponse;
import io.lakejob.sdk.model.permission.GrantDataPermissionRequest;
import io.lakejob.sdk.model.permission.GrantQueuePermissionRequest;
import io.lakejob.sdk.model.permission.ListDatabaseUsersRequest;
import io.lakejob.sdk.model.permission.ListDatabaseUsersResponse;
import io.lakejob.sdk.model.permission.ListObjectPrivilegesRequest;
import io.lakejob.sdk.model.permission.ListObjectPrivilegesResponse;
import io.lakejob.sdk.model.permission.ListQueueUsersRequest;
import io.lakejob.sdk.model.permission.ListQueueUsersResponse;
import io.lakejob.sdk.model.permission.ListTableUsersRequest;
import io.lakejob.sdk.model.permission.ListTableUsersResponse;
import io.lakejob.sdk.model.permission.ObjectPrivilege;
import io.lakejob.sdk.model.permission.PermissionAction;
import io.lakejob.sdk.model.permission.PermissionObjects;
import io.lakejob.sdk.model.permission.Privilege;
import io.lakejob.sdk.model.permission.TableUserPrivilege;
import io.lakejob.sdk.model.permission.UserPrivilege;
import io.lakejob.sdk.spi.PermissionOperations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Permissions (reference chapter 5) as a grant table: object name ({@code queues.q},
 * {@code databases.db}, {@code databases.db.tables.t}, ...) to user to privileges. {@code grant}
 * adds, {@code revoke} removes, {@code update} replaces (an empty list revokes all). A table's
 * users include those granted on its database. Grants are recorded and listed; the embedded
 * cluster has one user, so they are not enforced when jobs run.
 */
public final class PermissionHandlers {
    private final QueueHandlers queues;
    private final Map<String, Map<String, Set<Privilege>>> grants = new TreeMap<>();

    private MetadataSaver saver = MetadataSaver.NONE;

    public PermissionHandlers(QueueHandlers queues) {
        this.queues = queues;
    }

    /**
     * The stored grants.
     *
     * @param grants object name to user to privileges
     */
    record Doc(Map<String, Map<String, List<Privilege>>> grants) {}

    /** Loads the grants an earlier client saved and saves every change. */
    public PermissionHandlers persistIn(MetadataStore m) {
        saver = m.attach("permissions", Doc.class, this::snapshot, this::restore);
        return this;
    }

    private synchronized Doc snapshot() {
        Map<String, Map<String, List<Privilege>>> out = new TreeMap<>();
        grants.forEach((object, users) -> {
            Map<String, List<Privilege>> u = new TreeMap<>();
            users.forEach((user, privs) -> u.put(user, List.copyOf(privs)));
            out.put(object, u);
        });
        return new Doc(out);
    }

    private synchronized void restore(Doc d) {
        d.grants()
                .forEach((object, users) -> users.forEach((user, privs) ->
                        grants.computeIfAbsent(object, k -> new TreeMap<>()).put(user, new LinkedHashSet<>(privs))));
    }

    public void register(HandlerRegistry r) {
        r.handle(PermissionOperations.GRANT_QUEUE_PERMISSION, this::grantQueue);
        r.handle(PermissionOperations.LIST_QUEUE_USERS, this::queueUsers);
        r.handle(PermissionOperations.GRANT_DATA_PERMISSION, this::grantData);
        r.handle(PermissionOperations.LIST_DATABASE_USERS, this::databaseUsers);
        r.handle(PermissionOperations.LIST_TABLE_USERS, this::tableUsers);
        r.handle(PermissionOperations.GET_TABLE_USER_PRIVILEGES, this::tableUser);
        r.handle(PermissionOperations.LIST_OBJECT_PRIVILEGES, this::objectPrivileges);
    }

    private synchronized void apply(String object, String user, PermissionAction action, List<Privilege> privileges) {
        Map<String, Set<Privilege>> users = grants.computeIfAbsent(object, k -> new TreeMap<>());
        Set<Privilege> current = users.computeIfAbsent(user, k -> new LinkedHashSet<>());
        if (PermissionAction.GRANT.equals(action)) {
            current.addAll(privileges);
        } else if (PermissionAction.REVOKE.equals(action)) {
            current.removeAll(privileges);
        } else if (PermissionAction.UPDATE.equals(action)) {
            current.clear();
            current.addAll(privileges);
        } else {
            throw LocalErrors.invalid("action", "must be grant, revoke or update, was " + action);
        }
        if (current.isEmpty()) {
            users.remove(user);
        }
        saver.save();
    }

    private synchronized List<UserPrivilege> usersOf(String object) {
        List<UserPrivilege> out = new ArrayList<>();
        grants.getOrDefault(object, Map.of())
                .forEach((user, privs) -> out.add(new UserPrivilege(false, user, List.copyOf(privs))));
        return out;
    }

    private BasicResponse grantQueue(GrantQueuePermissionRequest r) {
        queues.require(r.queueName());
        apply(
                PermissionObjects.queue(r.queueName().toLowerCase(java.util.Locale.ROOT)),
                r.userName(),
                r.action(),
                r.privileges());
        return BasicResponse.success("");
    }

    private ListQueueUsersResponse queueUsers(ListQueueUsersRequest r) {
        queues.require(r.queueName());
        List<UserPrivilege> all = usersOf(PermissionObjects.queue(r.queueName().toLowerCase(java.util.Locale.ROOT)));
        return new ListQueueUsersResponse(true, "", r.queueName(), page(all, r.offset(), r.limit()));
    }

    private BasicResponse grantData(GrantDataPermissionRequest r) {
        for (DataPrivilege p : r.privileges()) {
            apply(p.object(), r.userName(), r.action(), p.privileges());
        }
        return BasicResponse.success("");
    }

    private ListDatabaseUsersResponse databaseUsers(ListDatabaseUsersRequest r) {
        return new ListDatabaseUsersResponse(
                true, "", r.databaseName(), usersOf(PermissionObjects.database(r.databaseName())));
    }

    private synchronized ListTableUsersResponse tableUsers(ListTableUsersRequest r) {
        List<TableUserPrivilege> out = new ArrayList<>();
        String table = PermissionObjects.table(r.databaseName(), r.tableName());
        for (String object : List.of(PermissionObjects.database(r.databaseName()), table)) {
            grants.getOrDefault(object, Map.of())
                    .forEach((user, privs) -> out.add(new TableUserPrivilege(false, object, List.copyOf(privs), user)));
        }
        grants.forEach((object, users) -> {
            if (object.startsWith(table + ".columns.")) {
                users.forEach(
                        (user, privs) -> out.add(new TableUserPrivilege(false, object, List.copyOf(privs), user)));
            }
        });
        return new ListTableUsersResponse(true, "", out);
    }

    private synchronized GetTableUserPrivilegesResponse tableUser(GetTableUserPrivilegesRequest r) {
        List<ObjectPrivilege> out = new ArrayList<>();
        for (String object : List.of(
                PermissionObjects.database(r.databaseName()),
                PermissionObjects.table(r.databaseName(), r.tableName()))) {
            Set<Privilege> privs = grants.getOrDefault(object, Map.of()).get(r.userName());
            if (privs != null) {
                out.add(new ObjectPrivilege(object, List.copyOf(privs)));
            }
        }
        return new GetTableUserPrivilegesResponse(true, "", r.userName(), out);
    }

    private ListObjectPrivilegesResponse objectPrivileges(ListObjectPrivilegesRequest r) {
        List<UserPrivilege> all = usersOf(r.object());
        String type = r.object().substring(0, r.object().indexOf('.'));
        List<UserPrivilege> page = page(all, r.offset() == null ? 0 : r.offset(), r.limit() == null ? 100 : r.limit());
        return new ListObjectPrivilegesResponse(true, "", r.object(), type, page, all.size());
    }

    private static <T> List<T> page(List<T> all, int offset, int limit) {
        List<T> out = new ArrayList<>();
        for (int i = offset; i < all.size() && out.size() < limit; i++) {
            out.add(all.get(i));
        }
        return out;
    }
}
