package io.lakejob.sdk.flink.internal.running;

import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.compat.FlinkCompat;
import io.lakejob.sdk.model.flink.StatementExplain;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.Table;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.bridge.java.StreamStatementSet;
import org.apache.flink.table.api.bridge.java.StreamTableEnvironment;
import org.apache.flink.types.Row;

/**
 * Explains and plans SQL scripts without running them (Dinky's {@code explainSql},
 * {@code getJobPlan}, {@code getStreamGraph}). Everything happens in a scratch table environment
 * in the calling thread: DDL is executed there so that later statements validate, queries and
 * INSERTs are only explained or translated, and no job ever reaches a cluster.
 */
public final class Explainer {
    /** Statements that would start a job if executed: they are explained instead. */
    private static final Pattern RUNS_A_JOB = Pattern.compile(
            "(?is)(CREATE|REPLACE|CREATE\\s+OR\\s+REPLACE)\\s+(TEMPORARY\\s+)?TABLE\\s.*\\sAS\\s+(SELECT|WITH|VALUES)\\s.*"
                    + "|(ANALYZE|CALL|EXECUTE|COMPILE)\\s.*");

    private static final Set<String> OBJECTS =
            Set.of("TABLE", "VIEW", "FUNCTION", "CATALOG", "DATABASE", "MODEL", "PARTITION");

    private Explainer() {}

    /**
     * Explains each statement: DDL is executed in a scratch environment, INSERTs and queries are
     * explained by Flink's planner. An invalid statement is reported with its index and line, and
     * explaining continues with the next.
     *
     * @param statements the prepared statements
     * @param parallelism the default parallelism, or {@code null}
     * @param configuration extra Flink configuration
     * @param batchMode batch or streaming
     * @return one entry per statement
     */
    public static List<StatementExplain> explain(
            List<SqlScript.Statement> statements,
            Integer parallelism,
            Map<String, String> configuration,
            boolean batchMode) {
        TableEnvironment tEnv = TableEnvironment.create(settings(parallelism, configuration, batchMode));
        List<StatementExplain> out = new ArrayList<>();
        for (SqlScript.Statement s : statements) {
            String type = type(s);
            try {
                String explain = null;
                if (s.isInsert() || isDml(s) || RUNS_A_JOB.matcher(s.sql()).matches()) {
                    explain = tEnv.explainSql(s.sql());
                } else {
                    tEnv.executeSql(s.sql());
                }
                out.add(new StatementExplain(s.index(), type, s.sql(), explain, true, null));
            } catch (RuntimeException e) {
                out.add(new StatementExplain(s.index(), type, s.sql(), null, false, error(s, e)));
            }
        }
        return out;
    }

    /**
     * Flink's JSON execution plan (the job graph, as the Flink web UI shows it) of the job the
     * script would run: all its INSERTs in one job, or its final query.
     *
     * @param statements the prepared statements
     * @param parallelism the default parallelism, or {@code null}
     * @param configuration extra Flink configuration
     * @param batchMode batch or streaming
     * @return the JSON plan
     */
    public static String jobPlan(
            List<SqlScript.Statement> statements,
            Integer parallelism,
            Map<String, String> configuration,
            boolean batchMode) {
        StreamGraph graph = streamGraphOf(statements, parallelism, configuration, batchMode);
        return FlinkCompat.jsonPlan(graph.getJobGraph());
    }

    /**
     * The stream graph (operators before chaining) of the job the script would run, as JSON.
     *
     * @param statements the prepared statements
     * @param parallelism the default parallelism, or {@code null}
     * @param configuration extra Flink configuration
     * @param batchMode batch or streaming
     * @return the JSON stream graph
     */
    public static String streamGraph(
            List<SqlScript.Statement> statements,
            Integer parallelism,
            Map<String, String> configuration,
            boolean batchMode) {
        return streamGraphOf(statements, parallelism, configuration, batchMode).getStreamingPlanAsJSON();
    }

    private static StreamGraph streamGraphOf(
            List<SqlScript.Statement> statements,
            Integer parallelism,
            Map<String, String> configuration,
            boolean batchMode) {
        SqlJobRunner.plan(statements);
        Configuration conf = configuration(parallelism, configuration, batchMode);
        StreamExecutionEnvironment env = new StreamExecutionEnvironment(conf);
        StreamTableEnvironment tEnv = StreamTableEnvironment.create(env, settings(conf, batchMode));
        StreamStatementSet set = tEnv.createStatementSet();
        boolean inserts = false;
        for (SqlScript.Statement s : statements) {
            try {
                if (s.isInsert()) {
                    set.addInsertSql(s.sql());
                    inserts = true;
                } else if (s.isQuery()) {
                    Table t = tEnv.sqlQuery(s.sql());
                    DataStream<Row> rows = batchMode ? tEnv.toDataStream(t) : tEnv.toChangelogStream(t);
                    rows.sinkTo(new DiscardingSink<>()).name("result");
                } else if (RUNS_A_JOB.matcher(s.sql()).matches()) {
                    throw LocalErrors.invalid(
                            "statement", "statement " + s.index() + " (line " + s.line() + ") cannot be planned here");
                } else {
                    tEnv.executeSql(s.sql());
                }
            } catch (io.lakejob.sdk.exception.ServiceException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new io.lakejob.sdk.exception.ServiceException(400, "DLI.0005", error(s, e), null, false, e);
            }
        }
        if (inserts) {
            set.attachAsDataStream();
        }
        try {
            return env.getStreamGraph();
        } catch (IllegalStateException e) {
            throw LocalErrors.invalid("statement", "the script has no INSERT and no query, so no job to plan");
        }
    }

    private static boolean isDml(SqlScript.Statement s) {
        String k = s.keyword();
        return k.equals("SELECT") || k.equals("WITH") || k.equals("VALUES");
    }

    static String error(SqlScript.Statement s, RuntimeException e) {
        return "Statement " + s.index() + " (line " + s.line() + "): " + SqlJobRunner.rootMessage(e);
    }

    /**
     * A statement's type: its first keyword, with the object for DDL ({@code CREATE TABLE},
     * {@code DROP VIEW}) and the statement-set form kept as {@code INSERT}.
     */
    static String type(SqlScript.Statement s) {
        String k = s.keyword();
        if (k.equals("CREATE") || k.equals("DROP") || k.equals("ALTER")) {
            for (String w : s.sql().split("\\s+")) {
                String u = w.toUpperCase(Locale.ROOT);
                if (OBJECTS.contains(u)) {
                    return k + " " + u;
                }
            }
        }
        return k;
    }

    private static Configuration configuration(
            Integer parallelism, Map<String, String> configuration, boolean batchMode) {
        Configuration conf = new Configuration();
        for (Map.Entry<String, String> e : configuration.entrySet()) {
            conf.setString(e.getKey(), e.getValue());
        }
        if (parallelism != null) {
            conf.setString("parallelism.default", String.valueOf(parallelism));
        }
        conf.setString("execution.runtime-mode", batchMode ? "BATCH" : "STREAMING");
        return conf;
    }

    private static EnvironmentSettings settings(Integer parallelism, Map<String, String> configuration, boolean batch) {
        return settings(configuration(parallelism, configuration, batch), batch);
    }

    private static EnvironmentSettings settings(Configuration conf, boolean batch) {
        EnvironmentSettings.Builder b = EnvironmentSettings.newInstance().withConfiguration(conf);
        return (batch ? b.inBatchMode() : b.inStreamingMode()).build();
    }
}
