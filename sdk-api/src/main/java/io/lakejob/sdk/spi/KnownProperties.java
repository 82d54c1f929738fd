package io.lakejob.sdk.spi;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.internal.Spelling;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Refuses misspelled transport properties instead of ignoring them. Each transport owns the keys
 * under its prefix ({@code cloud.}, {@code flink.}) and calls {@link #check} when it is created:
 *
 * <pre>{@code
 * public Transport create(ClientConfiguration configuration) {
 *     KnownProperties.check("flink.", FlinkOptions.keys(), configuration);
 *     ...
 * }
 * }</pre>
 *
 * <p>Keys under other prefixes are left alone, so one set of properties can serve clients of
 * several transports. A known key ending in {@code .*} opens a namespace: {@code flink.conf.*}
 * accepts every key that starts with {@code flink.conf.}. Property values are never echoed (they may
 * be passwords).
 */
public final class KnownProperties {
    private KnownProperties() {}

    /**
     * Checks a configuration's properties under one prefix.
     *
     * @param prefix the transport's prefix, for example {@code cloud.}
     * @param knownKeys every key the transport reads under that prefix (full keys, each starting
     *     with the prefix; {@code prefix + "x.*"} for an open namespace)
     * @param configuration the client configuration
     * @throws ConfigurationException when a key under the prefix is not known, naming it, the known
     *     key it is closest to (if it is a likely typo of one) and every known key
     * @throws IllegalArgumentException when a known key does not start with the prefix
     */
    public static void check(String prefix, Collection<String> knownKeys, ClientConfiguration configuration) {
        check(prefix, knownKeys, configuration.properties());
    }

    /**
     * Checks properties under one prefix.
     *
     * @param prefix the transport's prefix, for example {@code cloud.}
     * @param knownKeys every key the transport reads under that prefix (full keys, each starting
     *     with the prefix; {@code prefix + "x.*"} for an open namespace)
     * @param properties the properties the user set
     * @throws ConfigurationException when a key under the prefix is not known, naming it, the known
     *     key it is closest to (if it is a likely typo of one) and every known key
     * @throws IllegalArgumentException when a known key does not start with the prefix
     */
    public static void check(String prefix, Collection<String> knownKeys, Map<String, String> properties) {
        if (prefix == null || prefix.isEmpty()) {
            throw new IllegalArgumentException("prefix must not be empty");
        }
        TreeSet<String> known = new TreeSet<>();
        List<String> namespaces = new ArrayList<>();
        for (String k : knownKeys) {
            if (!k.startsWith(prefix)) {
                throw new IllegalArgumentException("known key " + k + " does not start with " + prefix);
            }
            known.add(k);
            if (k.endsWith(".*")) {
                namespaces.add(k.substring(0, k.length() - 1));
            }
        }
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(properties.keySet())) {
            if (!key.regionMatches(true, 0, prefix, 0, prefix.length())
                    || known.contains(key)
                    || namespaces.stream().anyMatch(key::startsWith)) {
                continue;
            }
            String match = Spelling.closest(key, known);
            problems.add("'" + key + "'" + (match == null ? "" : " (did you mean '" + match + "'?)"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException((problems.size() == 1 ? "Unknown property " : "Unknown properties ")
                    + String.join(", ", problems) + ": the " + prefix + " properties are " + String.join(", ", known));
        }
    }
}
