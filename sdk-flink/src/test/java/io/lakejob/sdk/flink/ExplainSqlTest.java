package io.lakejob.sdk.flink;

import static io.lakejob.sdk.flink.StatementSetTest.jobIds;
import static io.lakejob.sdk.flink.StatementSetTest.restAddress;
import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.flink.SqlExplainResult;
import io.lakejob.sdk.model.flink.StatementExplain;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ExplainSql: one entry per statement, Flink's explain text, errors with statement and line, no job. */
@ExtendWith(SharedFlinkClient.class)
class ExplainSqlTest {
    static final String SCRIPT = "CREATE TABLE Src (n BIGINT, s STRING) WITH ('connector'='datagen',"
            + " 'number-of-rows'='10');\n"
            + "CREATE TABLE Snk (n BIGINT) WITH ('connector'='blackhole');\n"
            + "INSERT INTO Snk SELECT n FROM Src WHERE n > 0;\n"
            + "SELECT s, COUNT(*) AS c FROM Src GROUP BY s";

    @Test
    void everyStatementIsExplainedAndNoJobRuns(LakeJobClient client) throws Exception {
        URI rest = restAddress(client);
        Set<String> before = jobIds(rest);

        SqlExplainResult r = client.flink().explainSql(e -> e.statement(SCRIPT));

        assertThat(r.valid()).isTrue();
        assertThat(r.statements()).extracting(StatementExplain::index).containsExactly(1, 2, 3, 4);
        assertThat(r.statements())
                .extracting(StatementExplain::type)
                .containsExactly("CREATE TABLE", "CREATE TABLE", "INSERT", "SELECT");
        assertThat(r.statements().get(0).explain()).isNull();
        assertThat(r.statements().get(2).sql()).startsWith("INSERT INTO Snk");
        assertThat(r.statements().get(2).explain())
                .contains("== Abstract Syntax Tree ==")
                .contains("== Optimized Physical Plan ==")
                .contains("Snk");
        assertThat(r.statements().get(3).explain()).contains("GroupAggregate");
        assertThat(jobIds(rest)).as("explain submits nothing").isEqualTo(before);
    }

    @Test
    void anInvalidStatementIsNamedWithItsLineAndTheRestIsStillExplained(LakeJobClient client) {
        String script = "CREATE TABLE Src (n BIGINT) WITH ('connector'='datagen');\n"
                + "CREATE TABLE Snk (n BIGINT) WITH ('connector'='blackhole');\n"
                + "\n"
                + "INSERT INTO Snk\n  SELECT nope FROM Src;\n"
                + "SELECT n FROM Src;\n"
                + "SELEC broken";

        SqlExplainResult r = client.flink().explainSql(e -> e.statement(script));

        assertThat(r.valid()).isFalse();
        StatementExplain bad = r.statements().get(2);
        assertThat(bad.valid()).isFalse();
        assertThat(bad.explain()).isNull();
        assertThat(bad.error()).startsWith("Statement 3 (line 4)").contains("nope");
        assertThat(r.statements().get(3).valid()).isTrue();
        assertThat(r.statements().get(4).error()).startsWith("Statement 5 (line 7)");
    }

    @Test
    void aStatementNeedingAnEarlierTableValidatesBecauseDdlRunsInTheScratchEnvironment(LakeJobClient client) {
        SqlExplainResult r = client.flink()
                .explainSql(e -> e.statement("CREATE TABLE T (n INT) WITH ('connector'='datagen');\n"
                        + "CREATE VIEW V AS SELECT n * 2 AS m FROM T;\n"
                        + "SELECT m FROM V"));
        assertThat(r.statements())
                .extracting(StatementExplain::type)
                .containsExactly("CREATE TABLE", "CREATE VIEW", "SELECT");
        assertThat(r.valid()).isTrue();
        // The scratch environment is per call: the next explain does not see T.
        assertThat(client.flink()
                        .explainSql(e -> e.statement("SELECT n FROM T"))
                        .valid())
                .isFalse();
    }

    @Test
    void fragmentsAndVariablesAreAppliedBeforeExplaining(LakeJobClient client) {
        SqlExplainResult r = client.flink().explainSql(e -> e.fragment(true)
                .putVariable("rows", "7")
                .statement("CREATE TABLE Src (n BIGINT) WITH ('connector'='datagen',"
                        + " 'number-of-rows'='${rows}');\n"
                        + "cond := n > 3;\n"
                        + "SELECT n FROM Src WHERE ${cond}"));
        assertThat(r.valid()).isTrue();
        assertThat(r.statements()).extracting(StatementExplain::index).containsExactly(1, 3);
        assertThat(r.statements().get(0).sql()).contains("'number-of-rows'='7'");
        assertThat(r.statements().get(1).sql()).isEqualTo("SELECT n FROM Src WHERE n > 3");
        assertThat(r.statements().get(1).explain()).contains(">(n, 3)");
    }
}
