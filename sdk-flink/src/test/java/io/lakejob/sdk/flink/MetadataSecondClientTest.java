package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.model.queue.Queue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ArrayNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clients on one metadata directory ({@link FlinkOptions#METADATA_DIR}): the second one, in
 * another JVM, reads what the first saved and refuses every change before it happens, so no change
 * is ever reported done without being written; the lock goes with a close and with an open that
 * failed. Also the files a client refuses to read, which it must never overwrite.
 */
class MetadataSecondClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LakeJobClient client(Path dir) {
        return MetadataStoreDirectoryTest.client(dir);
    }

    @Test
    void aClientOfAnotherJvmOnTheDirectoryRefusesEveryChangeBeforeItHappens(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("meta");
        Path source = Files.writeString(tmp.resolve("lookup.csv"), "1,a\n");
        Path errors = tmp.resolve("holder.err");
        Process holder = startHolder(dir, errors);
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(CompletableFuture.supplyAsync(() -> readLine(out)).get(3, TimeUnit.MINUTES))
                    .as(() -> "the holder's output: " + readQuietly(errors))
                    .isEqualTo("READY");
            Map<String, String> before = files(dir);
            try (LakeJobClient second = client(dir)) {
                // It reads what the holder saved.
                assertThat(second.queues().get("held").queue().cuCount()).isEqualTo(16);
                List<ThrowingCallable> changes = List.of(
                        () -> second.queues().create(q -> q.queueName("second").cuCount(16)),
                        () -> second.queues().delete("held"),
                        () -> second.variables().create(v -> v.varName("v").varValue("1")),
                        () -> second.templates().create(t -> t.name("tpl").sqlBody("SELECT 1")),
                        () -> second.resources().uploadFiles("refdata", List.of(source.toString())),
                        () -> second.jobs().createSqlJob(j -> j.name("j").sqlBody("SELECT 1 AS x")),
                        () -> second.catalog().createDatabase("second_db"));
                for (ThrowingCallable change : changes) {
                    assertThatThrownBy(change).isInstanceOfSatisfying(ServiceException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("DLI.0012");
                        assertThat(e.getMessage())
                                .contains(dir.toString())
                                .contains("pid " + holder.pid())
                                .contains("only reads it")
                                .contains("nothing was changed");
                    });
                }
                // Nothing changed in memory either.
                assertThat(second.queues().list(l -> {}).queues())
                        .extracting(Queue::queueName)
                        .contains("held")
                        .doesNotContain("second");
                assertThat(second.templates().list(l -> {}).items()).isEmpty();
            }
            assertThat(files(dir)).isEqualTo(before);
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(2, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(holder.exitValue()).as(() -> readQuietly(errors)).isZero();

        // The holder closed: the next client is the writer.
        try (LakeJobClient third = client(dir)) {
            third.queues().create(q -> q.queueName("third").cuCount(16));
        }
        try (LakeJobClient fourth = client(dir)) {
            assertThat(fourth.queues().list(l -> {}).queues())
                    .extracting(Queue::queueName)
                    .contains("held", "third");
        }
    }

    @Test
    void aClientWhoseOpenFailedLeavesTheDirectoryToTheNextOne(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("meta");
        try (LakeJobClient a = client(dir)) {
            a.queues().create(q -> q.queueName("kept").cuCount(16));
            a.templates().create(t -> t.name("tpl").sqlBody("SELECT 1"));
        }
        Path templates = dir.resolve("templates.json");
        byte[] good = Files.readAllBytes(templates);
        Files.writeString(templates, "{\"format\":1,\"data\":{\"templates\":[");
        assertThatThrownBy(() -> client(dir))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(templates.toString());
        Files.write(templates, good);
        // The failed open released the directory: this client writes (it was read-only before).
        try (LakeJobClient b = client(dir)) {
            b.queues().create(q -> q.queueName("later").cuCount(16));
        }
        try (LakeJobClient c = client(dir)) {
            assertThat(c.queues().list(l -> {}).queues())
                    .extracting(Queue::queueName)
                    .contains("kept", "later");
        }
    }

    @Test
    void aFileOfAShapeTheClientDoesNotReadIsRefusedAndNeverOverwritten(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("meta");
        try (LakeJobClient a = client(dir)) {
            a.queues().create(q -> q.queueName("kept").cuCount(16));
        }
        Path queues = dir.resolve("queues.json");
        for (String data : List.of("null", "[]", "{}", "{\"queues\":null}", "{\"queues\":[null]}")) {
            ObjectNode doc = (ObjectNode) JSON.readTree(queues.toFile());
            doc.set("data", JSON.readTree(data));
            Files.write(queues, JSON.writeValueAsBytes(doc));
            byte[] bad = Files.readAllBytes(queues);
            assertThatThrownBy(() -> client(dir))
                    .as(data)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining(queues.toString())
                    .hasMessageContaining("cannot be read");
            assertThat(Files.readAllBytes(queues)).as(data).isEqualTo(bad);
        }
    }

    @Test
    void aStoredStatementJobTheClientCannotReadIsKeptWhenItSaves(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("meta");
        String db = CatalogFlinkTest.unique("keep");
        try (LakeJobClient a = client(dir)) {
            a.catalog().createDatabase(db);
            a.sql().submit(s -> s.sql("SHOW TABLES").currentdb(db));
        }
        Path file = dir.resolve("sql_jobs.json");
        ObjectNode doc = (ObjectNode) JSON.readTree(file.toFile());
        ArrayNode jobs = (ArrayNode) doc.path("data").path("jobs");
        ObjectNode unreadable = jobs.get(0).deepCopy();
        unreadable.put("id", "not-a-job-id");
        jobs.add(unreadable);
        Files.write(file, JSON.writeValueAsBytes(doc));
        try (LakeJobClient b = client(dir)) {
            b.sql().submit(s -> s.sql("SHOW TABLES").currentdb(db));
        }
        assertThat(JSON.readTree(file.toFile()).path("data").path("jobs").findValuesAsText("id"))
                .hasSize(3)
                .contains("not-a-job-id");
    }

    private static Process startHolder(Path dir, Path errors) throws IOException {
        return ChildJvm.start(MetadataHolderMain.class, "256m", errors, dir.toString());
    }

    private static String readLine(BufferedReader in) {
        try {
            return in.readLine();
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Every file under the directory but the lock, with its content. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().equals(".lock")) {
                    out.put(dir.relativize(p).toString(), Files.readString(p));
                } else if (Files.isDirectory(p)) {
                    out.put(dir.relativize(p) + "/", "");
                }
            }
        }
        return out;
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
