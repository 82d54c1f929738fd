package io.lakejob.sdk.model.permission;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;
import java.util.Set;

/**
 * A privilege on a queue, database, table, column, job or package (reference chapter 5).
 * Unknown values from the service (or newer privilege names) are kept.
 */
public final class Privilege extends ExtensibleEnum {
    private static final EnumRegistry<Privilege> REGISTRY = new EnumRegistry<>(Privilege::new);

    /** Queue: submit jobs. */
    public static final Privilege SUBMIT_JOB = REGISTRY.known("SUBMIT_JOB");
    /** Queue: cancel jobs. */
    public static final Privilege CANCEL_JOB = REGISTRY.known("CANCEL_JOB");
    /** Queue: delete the queue. */
    public static final Privilege DROP_QUEUE = REGISTRY.known("DROP_QUEUE");
    /** Grant privileges to other users. */
    public static final Privilege GRANT_PRIVILEGE = REGISTRY.known("GRANT_PRIVILEGE");
    /** Revoke privileges from other users. */
    public static final Privilege REVOKE_PRIVILEGE = REGISTRY.known("REVOKE_PRIVILEGE");
    /** See the privileges of other users. */
    public static final Privilege SHOW_PRIVILEGE = REGISTRY.known("SHOW_PRIVILEGE");
    /** Queue: restart the queue. */
    public static final Privilege RESTART = REGISTRY.known("RESTART");
    /** Queue: change the queue's size. */
    public static final Privilege SCALE_QUEUE = REGISTRY.known("SCALE_QUEUE");
    /** Every privilege (as the service reports it for owners and administrators). */
    public static final Privilege ALL = REGISTRY.known("ALL");
    /** Data: query a database, table or column. */
    public static final Privilege SELECT = REGISTRY.known("SELECT");
    /** Data: create tables in a database. */
    public static final Privilege CREATE_TABLE = REGISTRY.known("CREATE_TABLE");
    /** Data: delete a table. */
    public static final Privilege DROP_TABLE = REGISTRY.known("DROP_TABLE");
    /** Data: describe a table. */
    public static final Privilege DESCRIBE_TABLE = REGISTRY.known("DESCRIBE_TABLE");
    /** Data: add partitions to a table. */
    public static final Privilege ALTER_TABLE_ADD_PARTITION = REGISTRY.known("ALTER_TABLE_ADD_PARTITION");
    /** Jobs and packages: read the object (as in the 5.7 example). */
    public static final Privilege GET = REGISTRY.known("GET");

    /** The privileges a queue grant (5.1) accepts, as documented. */
    public static final Set<Privilege> QUEUE_PRIVILEGES = Set.of(
            SUBMIT_JOB,
            CANCEL_JOB,
            DROP_QUEUE,
            GRANT_PRIVILEGE,
            REVOKE_PRIVILEGE,
            SHOW_PRIVILEGE,
            RESTART,
            SCALE_QUEUE);

    private Privilege(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text (matched case-insensitively to the known names); unknown text
     * gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static Privilege of(String value) {
        return REGISTRY.of("privileges", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<Privilege> knownValues() {
        return REGISTRY.values();
    }
}
