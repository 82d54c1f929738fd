package io.lakejob.sdk.flink.internal.running;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a SQL script into statements on semicolons that are outside quotes and comments, and
 * remembers the line each statement starts on, so errors can name the statement and line.
 */
public final class SqlScript {
    /** One statement of a script. */
    public record Statement(int index, int line, String sql) {
        /** @return the first keyword, upper case (for example {@code CREATE}, {@code INSERT}, {@code SELECT}) */
        public String keyword() {
            String s = sql.stripLeading();
            int end = 0;
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            return s.substring(0, end).toUpperCase(Locale.ROOT);
        }

        /** @return whether the statement reads rows (a query) */
        public boolean isQuery() {
            String k = keyword();
            return k.equals("SELECT")
                    || k.equals("WITH")
                    || k.equals("VALUES")
                    || k.equals("SHOW")
                    || k.equals("DESCRIBE")
                    || k.equals("DESC")
                    || k.equals("EXPLAIN");
        }

        /** @return whether the statement writes rows into a table */
        public boolean isInsert() {
            String k = keyword();
            return k.equals("INSERT")
                    || k.equals("EXECUTE") && sql.toUpperCase(Locale.ROOT).contains("INSERT");
        }
    }

    private SqlScript() {}

    /**
     * Splits a script.
     *
     * @param script the SQL text
     * @return the non-empty statements, 1-based indexes
     */
    public static List<Statement> split(String script) {
        List<Statement> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int line = 1;
        int startLine = -1;
        int n = script.length();
        for (int i = 0; i < n; i++) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = (end < 0 ? n : end) - 1;
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                for (int j = i; j < stop; j++) {
                    if (script.charAt(j) == '\n') {
                        line++;
                    }
                }
                cur.append(' ');
                i = stop - 1;
                continue;
            }
            if (c == '\'' || c == '"' || c == '`') {
                if (startLine < 0) {
                    startLine = line;
                }
                int j = i + 1;
                while (j < n) {
                    char d = script.charAt(j);
                    if (d == c) {
                        if (j + 1 < n && script.charAt(j + 1) == c) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                int stop = Math.min(j + 1, n);
                for (int k = i; k < stop; k++) {
                    if (script.charAt(k) == '\n') {
                        line++;
                    }
                }
                cur.append(script, i, stop);
                i = stop - 1;
                continue;
            }
            if (c == ';') {
                add(out, cur, startLine);
                cur.setLength(0);
                startLine = -1;
                continue;
            }
            if (c == '\n') {
                line++;
            }
            if (startLine < 0 && !Character.isWhitespace(c)) {
                startLine = line;
            }
            cur.append(c);
        }
        add(out, cur, startLine);
        return out;
    }

    private static void add(List<Statement> out, StringBuilder cur, int startLine) {
        String sql = cur.toString().strip();
        if (!sql.isEmpty()) {
            out.add(new Statement(out.size() + 1, startLine < 0 ? 1 : startLine, sql));
        }
    }
}
