package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Validation rules shared by the SQL job requests (reference 7.3). Not part of the public API. */
final class SqlValidation {
    /** The longest SQL text accepted; the reference documents no maximum. */
    static final int MAX_SQL_LENGTH = 1024 * 1024;

    /** Database names: digits, letters and underscore, not all digits, not starting with '_'. */
    private static final Pattern DATABASE_NAME = Pattern.compile("(?!_)(?![0-9]+$)[A-Za-z0-9_]+");

    /** Table names: like database names, and '$' is allowed too. */
    private static final Pattern TABLE_NAME = Pattern.compile("(?!_)(?![0-9]+$)[A-Za-z0-9_$]+");

    private SqlValidation() {}

    static String jobId(String value) {
        Validate.required("job_id", value);
        if (value.isBlank()) {
            throw new ValidationException("job_id", "must not be blank");
        }
        return Validate.pathSegment("job_id", value);
    }

    static String sql(String value) {
        return Validate.requiredText("sql", value, 1, MAX_SQL_LENGTH);
    }

    static String databaseName(String field, String value) {
        if (value == null) {
            return null;
        }
        Validate.length(field, value, 1, 128);
        return Validate.matches(
                field,
                value,
                DATABASE_NAME,
                "must contain only digits, letters and underscores, not be all digits and not start with '_'");
    }

    static String tableName(String field, String value) {
        if (value == null) {
            return null;
        }
        Validate.length(field, value, 1, 128);
        return Validate.matches(
                field,
                value,
                TABLE_NAME,
                "must contain only digits, letters, underscores and '$', not be all digits and not start with '_'");
    }

    /** Checks one {@code key=value} text; both sides must be non-blank. */
    static void keyValue(String field, String entry) {
        int eq = entry.indexOf('=');
        if (eq < 0
                || entry.substring(0, eq).isBlank()
                || entry.substring(eq + 1).isBlank()) {
            throw new ValidationException(field, "entries must have the form key=value, was '" + entry + "'");
        }
    }

    static List<String> conf(List<String> value) {
        List<String> copy = Validate.list("conf", value);
        for (String entry : copy) {
            keyValue("conf", entry);
            if (entry.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
                throw new ValidationException("conf", "entries must not contain line breaks or NUL characters");
            }
        }
        return copy;
    }

    /** An OBS folder for an export: required, non-blank, without commas. */
    static String exportPath(String value) {
        Validate.requiredText("data_path", value, 1, Integer.MAX_VALUE);
        if (value.indexOf(',') >= 0) {
            throw new ValidationException("data_path", "must not contain commas");
        }
        return value;
    }

    /** Requires a request enumeration to be one of the given documented values. */
    static <E extends ExtensibleEnum> E allowed(String field, E value, Collection<E> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new ValidationException(field, "must be one of " + allowed + ", was " + value);
        }
        return value;
    }

    /** Rejects an option that the reference allows only with certain data types. */
    static void onlyFor(String field, Object value, SqlDataType dataType, Collection<SqlDataType> types) {
        if (value != null && !types.contains(dataType)) {
            throw new ValidationException(field, "applies only to data_type " + types + ", was " + dataType);
        }
    }

    /** An immutable copy of result rows, keeping {@code null} cells (lists may hold nulls). */
    static List<List<Object>> rows(List<List<Object>> value) {
        if (value == null) {
            return List.of();
        }
        List<List<Object>> copy = new ArrayList<>(value.size());
        for (List<Object> row : value) {
            copy.add(row == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(row)));
        }
        return Collections.unmodifiableList(copy);
    }

    /** An immutable, order-keeping copy of a string map, rejecting null keys and values. */
    static Map<String, String> orderedMap(String field, Map<String, String> value) {
        Validate.map(field, value);
        return value == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(value));
    }
}
