package io.lakejob.sdk.flink.internal.running;

import io.lakejob.sdk.flink.internal.LocalErrors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses a job's {@code runtime_config}: Flink configuration as {@code key=value} pairs separated
 * by new lines, commas or semicolons, or a flat JSON object of strings.
 */
public final class RuntimeConfig {
    private RuntimeConfig() {}

    public static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String t = text.trim();
        if (t.startsWith("{") && t.endsWith("}")) {
            t = t.substring(1, t.length() - 1);
            for (String pair : t.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int colon = pair.indexOf(':');
                if (colon < 0) {
                    throw LocalErrors.invalid("runtime_config", "'" + pair.trim() + "' is not \"key\": \"value\"");
                }
                out.put(unquote(pair.substring(0, colon)), unquote(pair.substring(colon + 1)));
            }
            return out;
        }
        for (String pair : t.split("[\\n;,]")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw LocalErrors.invalid("runtime_config", "'" + pair.trim() + "' is not key=value");
            }
            out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return out;
    }

    private static String unquote(String s) {
        String v = s.trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }
}
