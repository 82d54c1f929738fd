package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.flink.ResultRow;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SQL fragments ({@code name := value;}, {@code ${name}}), request variables and global variables on ExecuteSql. */
@ExtendWith(SharedFlinkClient.class)
class FragmentTest {
    static final String SCRIPT = "lim := 3;\n"
            + "CREATE TABLE Src (n BIGINT) WITH ('connector'='datagen', 'fields.n.kind'='sequence',"
            + " 'fields.n.start'='1', 'fields.n.end'='${end}');\n"
            + "cond := n <= ${lim};\n"
            + "SELECT n FROM Src WHERE ${cond}";

    private static long[] values(SqlExecutionResult r) {
        return r.rows().stream()
                .mapToLong(x -> ((Number) x.get("n")).longValue())
                .sorted()
                .toArray();
    }

    @Test
    void fragmentsAndRequestVariablesShapeTheJob(LakeJobClient client) {
        SqlExecutionResult r = client.flink().executeSql(s -> s.statement(SCRIPT)
                .fragment(true)
                .putVariable("end", "10")
                .useResult(true));
        assertThat(r.success()).as(r.error()).isTrue();
        assertThat(values(r)).containsExactly(1, 2, 3);
    }

    @Test
    void globalVariablesFillWhatTheRequestLeavesOpen(LakeJobClient client) {
        client.variables().create("fragment_test_end", "5");
        client.variables().create("fragment_test_min", "2");
        try {
            String script = "CREATE TABLE Src (n BIGINT) WITH ('connector'='datagen', 'fields.n.kind'='sequence',"
                    + " 'fields.n.start'='1', 'fields.n.end'='${fragment_test_end}');\n"
                    + "SELECT n FROM Src WHERE n >= ${fragment_test_min}";
            SqlExecutionResult fromGlobals =
                    client.flink().executeSql(s -> s.statement(script).useResult(true));
            assertThat(values(fromGlobals)).containsExactly(2, 3, 4, 5);
            // A request variable overrides the global one of the same name.
            SqlExecutionResult overridden = client.flink().executeSql(s -> s.statement(script)
                    .putVariable("fragment_test_min", "4")
                    .useResult(true));
            assertThat(values(overridden)).containsExactly(4, 5);
        } finally {
            client.variables().delete("fragment_test_end");
            client.variables().delete("fragment_test_min");
        }
    }

    @Test
    void withoutFragmentsADefinitionIsJustBadSql(LakeJobClient client) {
        SqlExecutionResult r =
                client.flink().executeSql(s -> s.statement(SCRIPT).putVariable("end", "10"));
        assertThat(r.success()).isFalse();
        assertThat(r.error()).startsWith("Statement 1 (line 1)");
    }

    @Test
    void errorsInsideAFragmentPointAtTheStatementThatUsesIt(LakeJobClient client) {
        SqlExecutionResult r = client.flink().executeSql(s -> s.fragment(true)
                .statement("col := nope;\n"
                        + "CREATE TABLE Src (n BIGINT) WITH ('connector'='datagen', 'number-of-rows'='3');\n"
                        + "SELECT ${col} FROM Src"));
        assertThat(r.success()).isFalse();
        assertThat(r.error()).startsWith("Statement 3 (line 3)").contains("nope");
        assertThat(r.rows()).isEmpty();
        assertThat(r.columns()).doesNotContain(ResultRow.OP_COLUMN);
    }
}
