package io.lakejob.sdk.model.flink;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Validation shared by the requests of this package. Not part of the public API. */
final class FlinkChecks {
    /** Flink job ids and trigger ids: 32 lower-case hexadecimal digits. */
    static final Pattern HEX_ID = Pattern.compile("[0-9a-f]{32}");

    /** host:port, with a DNS name, IPv4 address or bracketed IPv6 address. */
    private static final Pattern ADDRESS =
            Pattern.compile("(?:[A-Za-z0-9](?:[A-Za-z0-9.\\-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\]):([0-9]{1,5})");

    /** Global variable names usable as {@code ${name}}. */
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

    /** The longest statement accepted: 1024 * 1024 characters. */
    static final int MAX_STATEMENT_LENGTH = 1024 * 1024;

    /** Flink's upper bound for parallelism (and max parallelism): 2^15. */
    static final int MAX_PARALLELISM = 32768;

    private FlinkChecks() {}

    static String jobId(String field, String value) {
        Validate.required(field, value);
        return Validate.matches(field, value, HEX_ID, "must be a Flink job id of 32 lower-case hexadecimal digits");
    }

    static String optionalHexId(String field, String value) {
        return Validate.matches(field, value, HEX_ID, "must be 32 lower-case hexadecimal digits");
    }

    static String statement(String value) {
        return Validate.requiredText("statement", value, 1, MAX_STATEMENT_LENGTH);
    }

    static String address(String value) {
        if (value == null) {
            return null;
        }
        Validate.matches("address", value, ADDRESS, "must be host:port");
        String port = value.substring(value.lastIndexOf(':') + 1);
        int p = Integer.parseInt(port);
        if (p < 1 || p > 65535) {
            throw new ValidationException("address", "port must be between 1 and 65535, was " + p);
        }
        return value;
    }

    /** Optional free text (names, paths): not blank, no control characters. */
    static String optionalText(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        Validate.requiredText(field, value, 1, max);
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException(field, "must not contain control characters");
        }
        return value;
    }

    /** Like {@link #optionalText}, for a path or a whole document: line breaks and tabs are allowed. */
    static String optionalDocument(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        Validate.requiredText(field, value, 1, max);
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new ValidationException(field, "must not contain control characters other than line breaks and tabs");
        }
        return value;
    }

    static Integer parallelism(Integer value) {
        return Validate.range("parallelism", value, 1, MAX_PARALLELISM);
    }

    static Map<String, String> configuration(Map<String, String> value) {
        Map<String, String> copy = Validate.map("configuration", value);
        for (String key : copy.keySet()) {
            if (key.isBlank()) {
                throw new ValidationException("configuration", "keys must not be blank");
            }
        }
        return orderedCopy(value, copy);
    }

    static Map<String, String> variables(Map<String, String> value) {
        Map<String, String> copy = Validate.map("variables", value);
        for (String key : copy.keySet()) {
            Validate.matches(
                    "variables",
                    key,
                    VARIABLE_NAME,
                    "names must start with a letter or '_' and contain only letters, digits, '_', '.' and '-'");
        }
        return orderedCopy(value, copy);
    }

    /** Keeps the caller's iteration order (Map.copyOf does not) while staying immutable. */
    private static Map<String, String> orderedCopy(Map<String, String> original, Map<String, String> checked) {
        if (original == null || original.isEmpty()) {
            return Map.of();
        }
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(original));
    }
}
