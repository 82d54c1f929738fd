package io.lakejob.sdk.flink.internal.running;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares a script the way Dinky does before it reaches Flink: global and request variables
 * ({@code ${name}}), SQL fragments ({@code name := value;} definitions, then {@code ${name}}
 * references, only when fragments are on) and the statement-set syntaxes of Flink SQL
 * ({@code BEGIN STATEMENT SET; ... END;}, {@code EXECUTE STATEMENT SET BEGIN ... END;},
 * {@code EXECUTE INSERT ...}). Statements keep their index and line in the original script, so
 * errors point at what the user wrote.
 */
public final class SqlFragments {
    private static final Pattern DEFINITION = Pattern.compile("(?s)([A-Za-z_][A-Za-z0-9_.\\-]*)\\s*:=\\s*(.*)");
    private static final Pattern BEGIN_SET = Pattern.compile("(?is)BEGIN\\s+STATEMENT\\s+SET");
    private static final Pattern EXECUTE_SET = Pattern.compile("(?is)EXECUTE\\s+STATEMENT\\s+SET\\s+BEGIN\\s+(.*)");
    private static final Pattern EXECUTE_INSERT = Pattern.compile("(?is)EXECUTE\\s+(INSERT\\s.*)");

    private SqlFragments() {}

    /**
     * A prepared script.
     *
     * @param statements the statements to run, fragments resolved, with their original indexes and lines
     * @param statementSet whether the script itself asks for a statement set
     * @param values the request's variables and the script's fragments
     */
    public record Prepared(List<SqlScript.Statement> statements, boolean statementSet, Map<String, String> values) {
        /** @return the number of INSERT statements */
        public long inserts() {
            return statements.stream().filter(SqlScript.Statement::isInsert).count();
        }
    }

    /**
     * Prepares a script.
     *
     * @param script the SQL text
     * @param fragments whether {@code name := value;} definitions are fragments (Dinky's {@code fragment})
     * @param variables the request's variables
     * @param globals substitutes the client's global variables into what is left (weakest), or {@code null}
     * @return the prepared script
     */
    public static Prepared prepare(
            String script, boolean fragments, Map<String, String> variables, UnaryOperator<String> globals) {
        Map<String, String> values = new LinkedHashMap<>();
        if (variables != null) {
            values.putAll(variables);
        }
        List<SqlScript.Statement> out = new ArrayList<>();
        boolean set = false;
        for (SqlScript.Statement s : SqlScript.split(script)) {
            if (fragments) {
                Matcher d = DEFINITION.matcher(s.sql());
                if (d.matches()) {
                    values.put(d.group(1), Variables.substitute(d.group(2).strip(), values));
                    continue;
                }
            }
            String sql = Variables.substitute(s.sql(), values);
            if (globals != null && sql.contains("${")) {
                sql = globals.apply(sql);
            }
            if (BEGIN_SET.matcher(sql).matches()) {
                set = true;
                continue;
            }
            if (set && sql.equalsIgnoreCase("END")) {
                continue;
            }
            Matcher m = EXECUTE_SET.matcher(sql);
            if (m.matches()) {
                set = true;
                sql = m.group(1).strip();
            } else if ((m = EXECUTE_INSERT.matcher(sql)).matches()) {
                sql = m.group(1).strip();
            }
            out.add(new SqlScript.Statement(s.index(), s.line(), sql));
        }
        return new Prepared(List.copyOf(out), set, Map.copyOf(values));
    }
}
