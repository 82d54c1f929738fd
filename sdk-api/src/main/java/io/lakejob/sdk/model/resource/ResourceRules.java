package io.lakejob.sdk.model.resource;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import java.util.List;
import java.util.regex.Pattern;

/** The validation rules of chapter 8 shared by several requests. */
final class ResourceRules {
    /** Group names: digits, letters, '.', '_' and '-', at most 64 characters (8.8, table 8-36). */
    static final Pattern GROUP_NAME = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");

    /**
     * Package names: digits, letters, '_', '!', '-' and '.', not starting with '.', at most 128
     * characters including the suffix (8.8, table 8-36).
     */
    static final Pattern RESOURCE_NAME = Pattern.compile("(?!\\.)[A-Za-z0-9_!.\\-]{1,128}");

    /** User names: digits, letters, '_' and '-', not starting with a digit, 5-32 characters (8.8). */
    static final Pattern USER_NAME = Pattern.compile("(?![0-9])[A-Za-z0-9_\\-]{5,32}");

    private static final Pattern NO_SPACE = Pattern.compile("\\S+");

    private ResourceRules() {}

    static String group(String field, String value) {
        return Validate.matches(field, value, GROUP_NAME, "must be 1-64 digits, letters, '.', '_' and '-'");
    }

    static String resourceName(String field, String value) {
        return Validate.matches(
                field,
                value,
                RESOURCE_NAME,
                "must be 1-128 digits, letters, '_', '!', '-' and '.', not starting with '.'");
    }

    static String userName(String field, String value) {
        return Validate.matches(
                field, value, USER_NAME, "must be 5-32 digits, letters, '_' and '-', not starting with a digit");
    }

    static List<String> paths(List<String> paths) {
        List<String> copy = Validate.list("paths", Validate.required("paths", paths));
        if (copy.isEmpty()) {
            throw new ValidationException("paths", "must name at least one OBS object");
        }
        for (String p : copy) {
            Validate.matches("paths", p, NO_SPACE, "must be an OBS object URL without spaces or control characters");
        }
        return copy;
    }
}
