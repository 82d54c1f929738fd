package io.lakejob.sdk.model.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchRequestsTest {

    /** The 10.1.1 request example of the reference. */
    static CreateBatchRequest.Builder example1011() {
        return CreateBatchRequest.builder()
                .file("batchTest/spark-examples_2.11-2.1.0.luxor.jar")
                .className("org.apache.spark.examples.SparkPi")
                .scType(ScType.A)
                .jars("demo-1.0.0.jar")
                .files("count.txt")
                .resources(
                        BatchResource.of("groupTest/testJar.jar", "jar"),
                        BatchResource.of("kafka-clients-0.10.0.0.jar", "jar"))
                .groups(
                        BatchResourceGroup.of(
                                "groupTestJar",
                                List.of(
                                        BatchResource.of("testJar.jar", "jar"),
                                        BatchResource.of("testJar1.jar", "jar"))),
                        BatchResourceGroup.of("batchTest", List.of(BatchResource.of("luxor.jar", "jar"))))
                .queue("test")
                .name("TestDemo4");
    }

    private static void assertField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                .isEqualTo(field));
    }

    @Test
    void referenceExampleIsValid() {
        CreateBatchRequest r = example1011().build();
        assertThat(r.groups()).hasSize(2);
        assertThat(r.groups().get(0).resources())
                .extracting(BatchResource::name)
                .containsExactly("testJar.jar", "testJar1.jar");
        assertThat(r.scType()).isSameAs(ScType.A);
        assertThat(r.args()).isEmpty();
        assertThat(r.conf()).isEmpty();
    }

    @Test
    void fileAndClassNameAreRequired() {
        assertField(() -> example1011().file(null).build(), "file");
        assertField(() -> example1011().file(" ").build(), "file");
        assertField(() -> example1011().className(null).build(), "class_name");
        assertField(() -> example1011().className("").build(), "class_name");
        assertThat(CreateBatchRequest.of("obs://bucket/app.jar", "com.example.Main")
                        .file())
                .isEqualTo("obs://bucket/app.jar");
    }

    @Test
    void queueAndClusterNameAreExclusiveValidQueueNames() {
        assertThat(example1011().queue(null).clusterName("aaa").build().clusterName())
                .isEqualTo("aaa");
        assertField(() -> example1011().clusterName("aaa").build(), "cluster_name");
        assertField(() -> example1011().queue("_q").build(), "queue");
        assertField(() -> example1011().queue("../q").build(), "queue");
        assertField(() -> example1011().queue(null).clusterName("123").build(), "cluster_name");
    }

    @Test
    void scTypeMustBeABOrC() {
        for (String t : List.of("A", "B", "C", "b")) {
            assertThat(example1011().scType(ScType.of(t)).build().scType().isKnown())
                    .isTrue();
        }
        assertField(() -> example1011().scType(ScType.CUSTOMIZED).build(), "sc_type");
        assertField(() -> example1011().scType(ScType.of("D")).build(), "sc_type");
        assertThat(example1011().scType(null).build().scType()).isNull();
    }

    @Test
    void nameIsAtMost128Characters() {
        assertThat(example1011().name("n".repeat(128)).build().name()).hasSize(128);
        assertField(() -> example1011().name("n".repeat(129)).build(), "name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1G", "2G", "512M", "2048M", "7g", "15G"})
    void acceptsMemoryWithUnit(String memory) {
        CreateBatchRequest r =
                example1011().driverMemory(memory).executorMemory(memory).build();
        assertThat(r.driverMemory()).isEqualTo(memory);
        assertThat(r.executorMemory()).isEqualTo(memory);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2", "2048", "G", "0G", "-1G", "2 G", "2GB", "1.5G", "2T", "02G"})
    void rejectsMemoryWithoutValidUnit(String memory) {
        assertField(() -> example1011().driverMemory(memory).build(), "driver_memory");
        assertField(() -> example1011().executorMemory(memory).build(), "executor_memory");
    }

    @Test
    void coresAndExecutorsArePositive() {
        CreateBatchRequest r =
                example1011().driverCores(2).executorCores(1).numExecutors(6).build();
        assertThat(r.numExecutors()).isEqualTo(6);
        assertField(() -> example1011().driverCores(0).build(), "driver_cores");
        assertField(() -> example1011().executorCores(-1).build(), "executor_cores");
        assertField(() -> example1011().numExecutors(0).build(), "num_executors");
    }

    @Test
    void maxRetryTimesIsAtMost100() {
        assertThat(example1011().autoRecovery(true).maxRetryTimes(100).build().maxRetryTimes())
                .isEqualTo(100);
        assertThat(example1011().maxRetryTimes(0).build().maxRetryTimes()).isZero();
        assertField(() -> example1011().maxRetryTimes(101).build(), "max_retry_times");
        assertField(() -> example1011().maxRetryTimes(-1).build(), "max_retry_times");
    }

    @Test
    void catalogNameIsDli() {
        assertThat(example1011().catalogName("dli").build().catalogName()).isEqualTo("dli");
        assertField(() -> example1011().catalogName("hive").build(), "catalog_name");
    }

    @Test
    void listsAndConfAreCopiedImmutablyAndRejectNulls() {
        List<String> args = new ArrayList<>(List.of("a"));
        Map<String, String> conf = new HashMap<>(Map.of("spark.sql.shuffle.partitions", "10"));
        CreateBatchRequest r = example1011().args(args).conf(conf).build();
        args.add("b");
        conf.put("x", "y");
        assertThat(r.args()).containsExactly("a");
        assertThat(r.conf()).containsOnlyKeys("spark.sql.shuffle.partitions");
        assertThatThrownBy(() -> r.jars().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.conf().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
        assertField(() -> example1011().args(Arrays.asList("a", null)).build(), "args");
        assertField(() -> example1011().jars(Arrays.asList((String) null)).build(), "jars");
        assertField(
                () -> example1011().pythonFiles(Arrays.asList((String) null)).build(), "python_files");
        assertField(() -> example1011().modules(Arrays.asList((String) null)).build(), "modules");
        assertField(() -> example1011().conf("k", null).build(), "conf");
        assertField(() -> BatchResourceGroup.of("g", Arrays.asList((BatchResource) null)), "groups.resources");
    }

    @Test
    void toStringHidesConfValues() {
        CreateBatchRequest r =
                example1011().conf("spark.hadoop.fs.obs.secret.key", "s3cr3t").build();
        assertThat(r.toString())
                .contains("spark.hadoop.fs.obs.secret.key")
                .doesNotContain("s3cr3t")
                .contains("TestDemo4");
    }

    @Test
    void toBuilderRoundTrips() {
        CreateBatchRequest r = example1011()
                .args("1", "2")
                .pythonFiles("a.py")
                .modules("sys.datasource.hbase")
                .conf("k", "v")
                .driverMemory("2G")
                .driverCores(2)
                .executorMemory("4G")
                .executorCores(1)
                .numExecutors(3)
                .obsBucket("bucket")
                .autoRecovery(true)
                .maxRetryTimes(20)
                .catalogName("dli")
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        ListBatchesRequest l = ListBatchesRequest.builder()
                .queueName("q")
                .from(5)
                .size(10)
                .state(BatchState.RUNNING)
                .owner("u")
                .jobName("n")
                .jobId("id")
                .build();
        assertThat(l.toBuilder().build()).isEqualTo(l);
        GetBatchLogRequest g = GetBatchLogRequest.builder()
                .batchId("b")
                .from(0)
                .size(10)
                .type("driver")
                .index(1)
                .build();
        assertThat(g.toBuilder().build()).isEqualTo(g);
        Batch b =
                Batch.builder().id("x").state(BatchState.DEAD).log(List.of("l")).build();
        assertThat(b.toBuilder().build()).isEqualTo(b);
        assertThat(Batch.builder().build().appId()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", "%2e%2e", "a\r\nb", "..", ".", "", " ", "a\\b"})
    void rejectsUnsafeBatchIds(String id) {
        assertField(() -> CancelBatchRequest.of(id), "batch_id");
        assertField(() -> GetBatchRequest.of(id), "batch_id");
        assertField(() -> GetBatchStateRequest.of(id), "batch_id");
        assertField(() -> GetBatchLogRequest.of(id), "batch_id");
    }

    @Test
    void batchIdIsRequired() {
        assertField(() -> CancelBatchRequest.of(null), "batch_id");
        assertField(() -> GetBatchLogRequest.builder().build(), "batch_id");
        assertThat(GetBatchRequest.of("0a324461-d9d9-45da-a52a-3b3c7a3d809e").batchId())
                .isEqualTo("0a324461-d9d9-45da-a52a-3b3c7a3d809e");
    }

    @Test
    void listFiltersAreValidated() {
        assertThat(ListBatchesRequest.all().from()).isNull();
        assertField(() -> ListBatchesRequest.builder().from(-1).build(), "from");
        assertField(() -> ListBatchesRequest.builder().size(0).build(), "size");
        assertField(() -> ListBatchesRequest.builder().queueName("_q").build(), "queue_name");
        assertField(() -> ListBatchesRequest.builder().clusterName("a b").build(), "cluster_name");
        assertField(
                () -> ListBatchesRequest.builder()
                        .state(BatchState.of("exploded"))
                        .build(),
                "state");
        assertThat(ListBatchesRequest.builder()
                        .state(BatchState.of("DEAD"))
                        .build()
                        .state())
                .isSameAs(BatchState.DEAD);
    }

    @Test
    void logParametersAreValidated() {
        assertThat(GetBatchLogRequest.builder().batchId("b").index(2).build().type())
                .isNull();
        assertField(
                () -> GetBatchLogRequest.builder().batchId("b").type("executor").build(), "type");
        assertField(() -> GetBatchLogRequest.builder().batchId("b").from(-1).build(), "from");
        assertField(() -> GetBatchLogRequest.builder().batchId("b").size(0).build(), "size");
        assertField(() -> GetBatchLogRequest.builder().batchId("b").index(-1).build(), "index");
    }

    @Test
    void statesAreCaseInsensitiveAndUnknownValuesAreKept() {
        assertThat(BatchState.of("Success")).isSameAs(BatchState.SUCCESS);
        assertThat(BatchState.of("dead").isTerminal()).isTrue();
        assertThat(BatchState.RUNNING.isTerminal()).isFalse();
        assertThat(BatchState.TERMINAL).containsExactlyInAnyOrder(BatchState.DEAD, BatchState.SUCCESS);
        BatchState odd = BatchState.of("killed");
        assertThat(odd.isKnown()).isFalse();
        assertThat(odd.value()).isEqualTo("killed");
        assertThat(odd.isTerminal()).isFalse();
        assertThat(BatchState.knownValues()).hasSize(5);
        ScType s = ScType.of("XL");
        assertThat(s.isKnown()).isFalse();
        assertThat(ScType.of("customized")).isSameAs(ScType.CUSTOMIZED);
    }

    @Test
    void responsesNeverHoldNullLists() {
        assertThat(new ListBatchesResponse(0, null, null, null).items()).isEmpty();
        assertThat(new ListBatchesResponse(0, null, null, null).totalCount()).isEmpty();
        assertThat(new ListBatchesResponse(0, 7, List.of(), null).totalCount()).hasValue(7);
        assertThat(new GetBatchLogResponse("id", 0, 3L, null).log()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.1.1-request.json",
                "10.1.1-response.json",
                "10.1.2-response.json",
                "10.1.3-response.json",
                "10.1.4-response.json",
                "10.1.5-response.json",
                "10.1.6-response.json"
            })
    void referenceExamplesAreBundled(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/lakejob/sdk/examples/" + name)) {
            assertThat(in).as(name).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(text).startsWith("{").endsWith("}");
        }
    }
}
