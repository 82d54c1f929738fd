package io.lakejob.sdk.flink;

import static io.lakejob.sdk.flink.StatementSetTest.jobIds;
import static io.lakejob.sdk.flink.StatementSetTest.restAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ServiceException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GetJobPlan (Flink's JSON job graph plan) and GetStreamGraph (the stream graph as JSON), never a job. */
@ExtendWith(SharedFlinkClient.class)
class PlanTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String TWO_SINKS = "CREATE TABLE Src (n BIGINT) WITH ('connector'='datagen', 'number-of-rows'='5');\n"
            + "CREATE TABLE SinkA (n BIGINT) WITH ('connector'='blackhole');\n"
            + "CREATE TABLE SinkB (n BIGINT) WITH ('connector'='blackhole');\n"
            + "INSERT INTO SinkA SELECT n FROM Src;\n"
            + "INSERT INTO SinkB SELECT n + 1 FROM Src";

    private static List<String> texts(JsonNode nodes, String field) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void jobPlanIsFlinksJsonPlanOfAllInsertsInOneJob(LakeJobClient client) throws Exception {
        URI rest = restAddress(client);
        Set<String> before = jobIds(rest);

        String plan = client.flink()
                .jobPlan(p -> p.statement(TWO_SINKS).useStatementSet(true).parallelism(2))
                .plan();

        JsonNode json = JSON.readTree(plan);
        assertThat(json.path("jid").asText()).matches("[0-9a-f]{32}");
        JsonNode nodes = json.path("nodes");
        assertThat(nodes.isArray()).isTrue();
        assertThat(nodes.size()).isGreaterThanOrEqualTo(1);
        assertThat(String.join("\n", texts(nodes, "description")))
                .contains("SinkA")
                .contains("SinkB");
        assertThat(texts(nodes, "parallelism")).contains("2");
        assertThat(jobIds(rest)).as("planning submits nothing").isEqualTo(before);
    }

    @Test
    void streamGraphListsEveryOperatorOfTheQuery(LakeJobClient client) throws Exception {
        URI rest = restAddress(client);
        Set<String> before = jobIds(rest);

        String graph = client.flink()
                .streamGraph(p -> p.statement("CREATE TABLE Src (k INT, n BIGINT) WITH ('connector'='datagen');\n"
                        + "SELECT k, SUM(n) AS total FROM Src GROUP BY k"))
                .streamGraph();

        JsonNode nodes = JSON.readTree(graph).path("nodes");
        assertThat(nodes.size()).isGreaterThanOrEqualTo(3);
        List<String> types = texts(nodes, "type");
        assertThat(String.join("\n", types)).contains("Src").contains("GroupAggregate");
        assertThat(texts(nodes, "pact")).contains("Data Source");
        assertThat(types.get(types.size() - 1)).as("the result sink is last").contains("result");
        // Operators after the source are connected to their inputs.
        assertThat(nodes.get(nodes.size() - 1).path("predecessors").isArray()).isTrue();
        assertThat(jobIds(rest)).isEqualTo(before);
    }

    @Test
    void streamGraphOfAStatementSetHasBothSinks(LakeJobClient client) throws Exception {
        String graph = client.flink()
                .streamGraph(p -> p.statement(TWO_SINKS).useStatementSet(true))
                .streamGraph();
        List<String> types = texts(JSON.readTree(graph).path("nodes"), "type");
        assertThat(types.stream().filter(t -> t.contains("SinkA") || t.contains("SinkB")))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void plansFollowTheStatementSetRuleAndNameTheBadStatement(LakeJobClient client) {
        assertThatThrownBy(() -> client.flink().jobPlan(p -> p.statement(TWO_SINKS)))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0001"));
        assertThatThrownBy(() -> client.flink()
                        .streamGraph(p -> p.statement("CREATE TABLE Src (n BIGINT) WITH ('connector'='datagen');\n"
                                + "SELECT nope FROM Src")))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.getMessage())
                        .contains("Statement 2 (line 2)")
                        .contains("nope"));
        assertThatThrownBy(() -> client.flink()
                        .jobPlan(p -> p.statement("CREATE TABLE Src (n BIGINT) WITH ('connector'='datagen')")))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0001"));
    }
}
