package io.lakejob.sdk.model.permission;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import java.util.regex.Pattern;

/**
 * Builds and checks the names of objects that permissions apply to (reference 5.3 and 5.7):
 * <ul>
 *   <li>{@code databases.<database>}: the whole database;
 *   <li>{@code databases.<database>.tables.<table>}: one table;
 *   <li>{@code databases.<database>.tables.<table>.columns.<column>}: one column;
 *   <li>{@code jobs.flink.<job id>}: one Flink job;
 *   <li>{@code groups.<package group>}: one package group;
 *   <li>{@code resources.<package>} or {@code resources.<package group>/<package>}: one package;
 *   <li>{@code queues.<queue>}: one queue (not listed in 5.3, accepted for the queue privileges
 *       the service reports).
 * </ul>
 */
public final class PermissionObjects {
    /** Database and queue names: digits, letters and '_', not all digits, not starting with '_'. */
    private static final Pattern DATABASE = Pattern.compile("(?!_)(?![0-9]+$)[A-Za-z0-9_]{1,128}");
    /** Table names: as database names, and '$' is allowed. */
    private static final Pattern TABLE = Pattern.compile("(?!_)(?![0-9]+$)[A-Za-z0-9_$]{1,128}");
    /** Column names: anything but dots, white space and control characters. */
    private static final Pattern COLUMN = Pattern.compile("[^.\\s\\p{Cntrl}]+");
    /** Package group names: digits, letters, '.', '_' and '-', at most 64 characters. */
    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** Package names: no '/', '\' or control characters. */
    private static final Pattern RESOURCE = Pattern.compile("[^/\\\\\\p{Cntrl}]+");
    /** Flink job ids. */
    private static final Pattern JOB_ID = Pattern.compile("[0-9]{1,19}");

    private PermissionObjects() {}

    /**
     * A whole database: {@code databases.<database>}.
     *
     * @param database the database name
     * @return the object name
     */
    public static String database(String database) {
        return validate("object", "databases." + database);
    }

    /**
     * One table: {@code databases.<database>.tables.<table>}.
     *
     * @param database the database name
     * @param table the table name
     * @return the object name
     */
    public static String table(String database, String table) {
        return validate("object", "databases." + database + ".tables." + table);
    }

    /**
     * One column: {@code databases.<database>.tables.<table>.columns.<column>}.
     *
     * @param database the database name
     * @param table the table name
     * @param column the column name
     * @return the object name
     */
    public static String column(String database, String table, String column) {
        return validate("object", "databases." + database + ".tables." + table + ".columns." + column);
    }

    /**
     * One Flink job: {@code jobs.flink.<job id>}.
     *
     * @param jobId the job id
     * @return the object name
     */
    public static String flinkJob(long jobId) {
        return validate("object", "jobs.flink." + jobId);
    }

    /**
     * One package group: {@code groups.<group>}.
     *
     * @param group the package group name
     * @return the object name
     */
    public static String group(String group) {
        return validate("object", "groups." + group);
    }

    /**
     * One package: {@code resources.<package>}.
     *
     * @param resource the package name
     * @return the object name
     */
    public static String resource(String resource) {
        return validate("object", "resources." + resource);
    }

    /**
     * One package of a group: {@code resources.<group>/<package>}.
     *
     * @param group the package group name
     * @param resource the package name
     * @return the object name
     */
    public static String resource(String group, String resource) {
        return validate("object", "resources." + group + "/" + resource);
    }

    /**
     * One queue: {@code queues.<queue>}.
     *
     * @param queue the queue name
     * @return the object name
     */
    public static String queue(String queue) {
        return validate("object", "queues." + queue);
    }

    /**
     * Checks that an object name has one of the documented forms.
     *
     * @param field the field name used in the error
     * @param object the object name, may be {@code null}
     * @return the object name
     * @throws ValidationException when the name has no documented form or a part breaks its rule
     */
    public static String validate(String field, String object) {
        if (object == null) {
            return null;
        }
        if (object.isEmpty() || object.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException(field, "must be a non-empty object name without control characters");
        }
        if (object.startsWith("databases.")) {
            String[] p = object.split("\\.", -1);
            boolean ok = (p.length == 2
                            || (p.length == 4 && p[2].equals("tables"))
                            || (p.length == 6 && p[2].equals("tables") && p[4].equals("columns")))
                    && DATABASE.matcher(p[1]).matches()
                    && (p.length < 4 || TABLE.matcher(p[3]).matches())
                    && (p.length < 6 || COLUMN.matcher(p[5]).matches());
            return check(field, object, ok);
        }
        if (object.startsWith("jobs.flink.")) {
            return check(
                    field,
                    object,
                    JOB_ID.matcher(object.substring("jobs.flink.".length())).matches());
        }
        if (object.startsWith("groups.")) {
            return check(
                    field,
                    object,
                    GROUP.matcher(object.substring("groups.".length())).matches());
        }
        if (object.startsWith("resources.")) {
            String rest = object.substring("resources.".length());
            int slash = rest.indexOf('/');
            boolean ok = slash < 0
                    ? RESOURCE.matcher(rest).matches()
                    : GROUP.matcher(rest.substring(0, slash)).matches()
                            && RESOURCE.matcher(rest.substring(slash + 1)).matches();
            return check(field, object, ok && !rest.equals(".") && !rest.equals(".."));
        }
        if (object.startsWith("queues.")) {
            return check(
                    field,
                    object,
                    DATABASE.matcher(object.substring("queues.".length())).matches());
        }
        return check(field, object, false);
    }

    private static String check(String field, String object, boolean ok) {
        if (!ok) {
            Validate.matches(
                    field,
                    object,
                    Pattern.compile("(?!)"),
                    "must be databases.<db>[.tables.<table>[.columns.<column>]], jobs.flink.<id>, groups.<group>,"
                            + " resources.[<group>/]<package> or queues.<queue> with valid names");
        }
        return object;
    }
}
