package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.model.flink.FlinkJobStatus;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.table.connector.ChangelogMode;
import org.apache.flink.table.connector.ProviderContext;
import org.apache.flink.table.connector.sink.DataStreamSinkProvider;
import org.apache.flink.table.connector.sink.DynamicTableSink;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.factories.DynamicTableSinkFactory;
import org.apache.flink.table.factories.FactoryUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Statement sets: every INSERT of a script in one Flink job, proven by one job id and both sinks filled. */
@ExtendWith(SharedFlinkClient.class)
class StatementSetTest {
    static final String SOURCE = "CREATE TABLE Src (n BIGINT) WITH ("
            + "'connector'='datagen', 'fields.n.kind'='sequence', 'fields.n.start'='1', 'fields.n.end'='20');\n";

    static String sink(String table, String key) {
        return "CREATE TABLE " + table + " (n BIGINT) WITH ('connector'='lakejob-memory', 'key'='" + key + "');\n";
    }

    @Test
    void allInsertsRunAsOneFlinkJobAndFillEverySink(LakeJobClient client) throws Exception {
        String key = "set-" + System.nanoTime();
        String script = SOURCE + sink("Evens", key + "-even") + sink("Odds", key + "-odd")
                + "INSERT INTO Evens SELECT n FROM Src WHERE MOD(n, 2) = 0;\n"
                + "INSERT INTO Odds SELECT n FROM Src WHERE MOD(n, 2) = 1";
        URI rest = restAddress(client);
        Set<String> before = jobIds(rest);

        SqlExecutionResult r =
                client.flink().executeSql(s -> s.statement(script).useStatementSet(true));
        assertThat(r.success()).as(r.error()).isTrue();
        awaitFinished(client, r.jobId());

        Set<String> after = jobIds(rest);
        after.removeAll(before);
        assertThat(after).as("exactly one new Flink job").containsExactly(r.jobId());
        assertThat(MemorySinkFactory.rows(key + "-even"))
                .containsExactlyInAnyOrder(2L, 4L, 6L, 8L, 10L, 12L, 14L, 16L, 18L, 20L);
        assertThat(MemorySinkFactory.rows(key + "-odd")).hasSize(10).allMatch(n -> n % 2 == 1);
    }

    @Test
    void flinksOwnStatementSetSyntaxIsOneJobToo(LakeJobClient client) throws Exception {
        String key = "syntax-" + System.nanoTime();
        String script = SOURCE + sink("A", key + "-a") + sink("B", key + "-b")
                + "EXECUTE STATEMENT SET BEGIN\n"
                + "INSERT INTO A SELECT n FROM Src;\n"
                + "INSERT INTO B SELECT n * 10 FROM Src;\n"
                + "END;";
        URI rest = restAddress(client);
        Set<String> before = jobIds(rest);
        SqlExecutionResult r = client.flink().executeSql(script);
        awaitFinished(client, r.jobId());
        Set<String> after = jobIds(rest);
        after.removeAll(before);
        assertThat(after).containsExactly(r.jobId());
        assertThat(MemorySinkFactory.rows(key + "-a")).hasSize(20);
        assertThat(MemorySinkFactory.rows(key + "-b")).hasSize(20).contains(200L);
    }

    @Test
    void severalInsertsWithoutAStatementSetAreRejectedRatherThanDropped(LakeJobClient client) throws Exception {
        String key = "none-" + System.nanoTime();
        URI rest = restAddress(client);
        Set<String> before = jobIds(rest);
        assertThatThrownBy(() -> client.flink()
                        .executeSql(SOURCE + sink("A", key + "-a") + sink("B", key + "-b")
                                + "INSERT INTO A SELECT n FROM Src;\nINSERT INTO B SELECT n FROM Src"))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("DLI.0001");
                    assertThat(e.getMessage()).contains("useStatementSet");
                });
        assertThat(jobIds(rest)).isEqualTo(before);
        assertThat(MemorySinkFactory.rows(key + "-a")).isEmpty();
    }

    // ---- helpers shared by the tests of this package ----

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The REST address of the shared client's cluster, learnt from a tiny job. */
    static URI restAddress(LakeJobClient client) {
        SqlExecutionResult r =
                client.flink().executeSql(s -> s.statement("SELECT 1 AS n").useResult(true));
        return URI.create("http://" + r.jobManagerAddress());
    }

    static JsonNode get(URI rest, String path) throws Exception {
        HttpResponse<String> r =
                HTTP.send(HttpRequest.newBuilder(rest.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    /** The ids of every job the cluster has seen. */
    static Set<String> jobIds(URI rest) throws Exception {
        Set<String> ids = new java.util.HashSet<>();
        for (JsonNode j : get(rest, "/jobs/overview").path("jobs")) {
            ids.add(j.path("jid").asText());
        }
        return ids;
    }

    /** A job's state from the live job list ({@code /jobs/:id} is cached by Flink for up to 3 s). */
    static String state(URI rest, String jobId) throws Exception {
        for (JsonNode j : get(rest, "/jobs/overview").path("jobs")) {
            if (j.path("jid").asText().equals(jobId)) {
                return j.path("state").asText();
            }
        }
        return "UNKNOWN";
    }

    /** Waits until the run reports the checkpoint it restored from, and checks it is the savepoint. */
    static void assertRestoredFrom(URI rest, String flinkJobId, String savepoint) throws Exception {
        // Flink answers checkpoint statistics only once the job has left INITIALIZING.
        awaitState(rest, flinkJobId, "RUNNING");
        JsonNode restored = Await.until(
                        "restore of " + flinkJobId,
                        Duration.ofSeconds(30),
                        () -> {
                            try {
                                return get(rest, "/jobs/" + flinkJobId + "/checkpoints");
                            } catch (Exception e) {
                                throw new AssertionError(e);
                            }
                        },
                        r -> !r.path("latest").path("restored").isMissingNode()
                                && !r.path("latest").path("restored").isNull())
                .path("latest")
                .path("restored");
        assertThat(restored.path("external_path").asText()).isEqualTo(savepoint);
        assertThat(restored.path("is_savepoint").asBoolean()).isTrue();
    }

    /** Waits until the cluster's live job list shows the job in the state, and returns it. */
    static String awaitState(URI rest, String jobId, String target) throws Exception {
        return Await.until(
                "job " + jobId + " " + target,
                Duration.ofSeconds(30),
                () -> {
                    try {
                        return state(rest, jobId);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                },
                target::equals);
    }

    static void awaitFinished(LakeJobClient client, String flinkJobId) throws InterruptedException {
        Await.until("job " + flinkJobId + " finished", Duration.ofMinutes(1), () -> {
            FlinkJobStatus s = client.flink().jobData(flinkJobId).status();
            assertThat(s.value()).isNotIn("FAILED", "CANCELED");
            return s.equals(FlinkJobStatus.FINISHED);
        });
    }

    /** A test sink ({@code 'connector'='lakejob-memory'}) that keeps the rows in memory under a key. */
    public static final class MemorySinkFactory implements DynamicTableSinkFactory {
        static final ConfigOption<String> KEY =
                ConfigOptions.key("key").stringType().noDefaultValue();
        static final Map<String, List<Long>> ROWS = new ConcurrentHashMap<>();

        static List<Long> rows(String key) {
            return new ArrayList<>(ROWS.getOrDefault(key, List.of()));
        }

        @Override
        public String factoryIdentifier() {
            return "lakejob-memory";
        }

        @Override
        public Set<ConfigOption<?>> requiredOptions() {
            return Set.of(KEY);
        }

        @Override
        public Set<ConfigOption<?>> optionalOptions() {
            return Set.of();
        }

        @Override
        public DynamicTableSink createDynamicTableSink(Context context) {
            FactoryUtil.TableFactoryHelper helper = FactoryUtil.createTableFactoryHelper(this, context);
            helper.validate();
            return new Sink(helper.getOptions().get(KEY));
        }

        static final class Sink implements DynamicTableSink {
            private final String key;

            Sink(String key) {
                this.key = key;
            }

            @Override
            public ChangelogMode getChangelogMode(ChangelogMode requested) {
                return ChangelogMode.insertOnly();
            }

            @Override
            public SinkRuntimeProvider getSinkRuntimeProvider(Context context) {
                String k = key;
                // A map that records, then Flink's discarding sink: APIs both Flink 1.20 and 2.x have.
                return new DataStreamSinkProvider() {
                    @Override
                    public DataStreamSink<?> consumeDataStream(ProviderContext provider, DataStream<RowData> rows) {
                        return rows.map(new Record(k)).returns(rows.getType()).sinkTo(new DiscardingSink<>());
                    }
                };
            }

            /** Records the first column of each row under the sink's key. */
            static final class Record implements MapFunction<RowData, RowData> {
                private static final long serialVersionUID = 1L;
                private final String key;

                Record(String key) {
                    this.key = key;
                }

                @Override
                public RowData map(RowData value) {
                    ROWS.computeIfAbsent(key, x -> new CopyOnWriteArrayList<>()).add(value.getLong(0));
                    return value;
                }
            }

            @Override
            public DynamicTableSink copy() {
                return new Sink(key);
            }

            @Override
            public String asSummaryString() {
                return "lakejob-memory(" + key + ")";
            }
        }
    }
}
