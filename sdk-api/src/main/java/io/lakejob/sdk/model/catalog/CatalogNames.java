package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name rules of databases and tables (reference 7.1.1 and 7.2.1). Not part of the public API. */
final class CatalogNames {
    /** Table names: digits, letters, underscore and '$', not all digits, not starting with '_'. */
    static final Pattern TABLE_NAME = Pattern.compile("(?!_)(?![0-9]+$)[A-Za-z0-9_$]+");

    /** The longest database or table name. */
    static final int MAX_NAME_LENGTH = 128;

    private CatalogNames() {}

    /**
     * A database name in a path: required, 1-128 digits, letters and underscores, not all digits,
     * not starting with '_', and safe as a path segment.
     */
    static String databasePath(String value) {
        return Validate.pathSegment(
                "database_name", Validate.queueName("database_name", Validate.required("database_name", value)));
    }

    /** A database name for a new database: the path rules, and not the built-in {@code default}. */
    static String newDatabase(String value) {
        databasePath(value);
        if (value.toLowerCase(Locale.ROOT).equals("default")) {
            throw new ValidationException("database_name", "'default' is the built-in database and cannot be created");
        }
        return value;
    }

    /**
     * A table name: required, 1-128 digits, letters, underscores and '$', not all digits, not
     * starting with '_', and safe as a path segment.
     */
    static String table(String value) {
        Validate.required("table_name", value);
        Validate.length("table_name", value, 1, MAX_NAME_LENGTH);
        Validate.matches(
                "table_name",
                value,
                TABLE_NAME,
                "must contain only digits, letters, underscores and '$', not be all digits and not start with '_'");
        return Validate.pathSegment("table_name", value);
    }
}
