package io.lakejob.sdk.flink.internal.running;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Substitutes {@code ${name}} in SQL with variable values; unknown names are left as they are. */
public final class Variables {
    private static final Pattern REF = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

    private Variables() {}

    public static String substitute(String sql, Map<String, String> values) {
        if (values == null || values.isEmpty() || sql.indexOf("${") < 0) {
            return sql;
        }
        Matcher m = REF.matcher(sql);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
