package io.lakejob.sdk.model.connection;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import java.util.List;
import java.util.regex.Pattern;

/** The validation rules of chapter 12 shared by several requests. */
final class ConnectionRules {
    /** Connection names: digits, letters and underscores, 1-64 characters (12.1). */
    static final Pattern CONNECTION_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    /** Host names: letters, digits, '_', '-' and '.', starting with a letter, at most 128 (table 12-3). */
    static final Pattern HOST_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]{0,127}");

    /** An IPv4 address in dotted-quad form, no leading zeros. */
    static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");

    /** The most host entries a connection holds (12.1, 12.7). */
    static final int MAX_HOSTS = 20_000;

    private ConnectionRules() {}

    static String connectionId(String value) {
        Validate.requiredText("connection_id", value, 1, Integer.MAX_VALUE);
        return Validate.pathSegment("connection_id", value);
    }

    static String connectionName(String field, String value) {
        return Validate.matches(field, value, CONNECTION_NAME, "must be 1-64 digits, letters and underscores");
    }

    static List<Host> hosts(List<Host> hosts) {
        List<Host> copy = Validate.list("hosts", hosts);
        Validate.size("hosts", copy, 0, MAX_HOSTS);
        for (Host h : copy) {
            Validate.matches(
                    "hosts.name",
                    h.name(),
                    HOST_NAME,
                    "must be at most 128 letters, digits, '_', '-' and '.', starting with a letter");
            Validate.matches("hosts.ip", h.ip(), IPV4, "must be an IPv4 address in dotted-quad form");
        }
        return copy;
    }

    static List<String> queues(List<String> queues, boolean required) {
        List<String> copy = Validate.list("queues", queues);
        if (required && copy.isEmpty()) {
            throw new ValidationException("queues", "must name at least one queue");
        }
        for (String q : copy) {
            Validate.queueName("queues", q);
        }
        return copy;
    }
}
