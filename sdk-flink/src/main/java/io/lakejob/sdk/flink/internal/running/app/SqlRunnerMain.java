package io.lakejob.sdk.flink.internal.running.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.StatementSet;
import org.apache.flink.table.api.TableEnvironment;

/**
 * The main class of a SQL job deployed in application mode: the JobManager runs it, so it needs
 * nothing but Flink's Table API (this class is shipped alone in its own jar, see {@link RunnerJar})
 * and never calls back to the client. The client prepared everything: variables and fragments are
 * resolved, every statement is checked, and the job's settings are in the application's Flink
 * configuration (its fixed job id included).
 *
 * <p>Arguments: {@code --batch} or {@code --streaming}, then {@code --sql <base64>} once per
 * statement in order (UTF-8, base64 so that no statement is split or altered on its way through
 * the cluster's configuration). DDL and other statements run one by one; the INSERTs run together
 * as one statement set, one Flink job.
 */
public final class SqlRunnerMain {
    private SqlRunnerMain() {}

    /**
     * Runs the statements.
     *
     * @param args {@code --batch|--streaming} and {@code --sql <base64>} per statement
     */
    public static void main(String[] args) {
        Parsed p = parse(args);
        EnvironmentSettings.Builder settings = EnvironmentSettings.newInstance();
        TableEnvironment tEnv =
                TableEnvironment.create((p.batch ? settings.inBatchMode() : settings.inStreamingMode()).build());
        StatementSet inserts = tEnv.createStatementSet();
        int n = 0;
        for (String statement : p.statements) {
            if (isInsert(statement)) {
                inserts.addInsertSql(statement);
                n++;
            } else {
                tEnv.executeSql(statement);
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("The SQL job has no INSERT statement: nothing to run");
        }
        inserts.execute();
    }

    /** The parsed arguments. */
    static final class Parsed {
        boolean batch;
        final List<String> statements = new ArrayList<>();
    }

    /**
     * Reads the arguments.
     *
     * @param args the arguments
     * @return what they say
     * @throws IllegalArgumentException for anything else
     */
    static Parsed parse(String[] args) {
        Parsed p = new Parsed();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--batch" -> p.batch = true;
                case "--streaming" -> p.batch = false;
                case "--sql" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--sql needs a base64 statement after it");
                    }
                    p.statements.add(new String(Base64.getDecoder().decode(args[++i]), StandardCharsets.UTF_8));
                }
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        if (p.statements.isEmpty()) {
            throw new IllegalArgumentException("No statement given (--sql <base64>)");
        }
        return p;
    }

    /**
     * The arguments for statements.
     *
     * @param batch whether the job runs in batch mode
     * @param statements the statements, in order
     * @return the arguments
     */
    public static List<String> arguments(boolean batch, List<String> statements) {
        List<String> out = new ArrayList<>();
        out.add(batch ? "--batch" : "--streaming");
        for (String s : statements) {
            out.add("--sql");
            out.add(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static boolean isInsert(String statement) {
        String s = statement.stripLeading().toUpperCase(java.util.Locale.ROOT);
        return s.startsWith("INSERT ") || s.startsWith("INSERT\n") || s.startsWith("INSERT\t");
    }
}
