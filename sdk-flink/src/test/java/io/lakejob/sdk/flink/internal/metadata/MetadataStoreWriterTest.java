package io.lakejob.sdk.flink.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.queue.QueueType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crash-safe writer of {@link DirectoryMetadataStore}, with injected write failures. */
class MetadataStoreWriterTest {
    record Doc(List<String> names, JobStatus status, QueueType type) {}

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldDocumentAndNoTempFile(@TempDir Path dir) throws IOException {
        AtomicReference<Doc> state =
                new AtomicReference<>(new Doc(List.of("a"), JobStatus.JOB_RUNNING, QueueType.of("brand_new")));
        try (DirectoryMetadataStore ok = new DirectoryMetadataStore(dir)) {
            ok.attach("things", Doc.class, state::get, d -> {}).save();
        }
        byte[] before = Files.readAllBytes(dir.resolve("things.json"));
        MetadataFiles.ChunkWriter halfThenFail = (channel, data) -> {
            channel.write(ByteBuffer.wrap(data.array(), 0, data.remaining() / 2));
            throw new IOException("disk full (injected)");
        };
        state.set(new Doc(List.of("a", "b"), JobStatus.JOB_FINISH, QueueType.SQL));
        try (DirectoryMetadataStore failing = new DirectoryMetadataStore(dir, halfThenFail)) {
            MetadataSaver saver = failing.attach("things", Doc.class, state::get, d -> {});
            assertThatThrownBy(saver::save).isInstanceOf(LakeJobException.class).hasMessageContaining("injected");
        }
        assertThat(Files.readAllBytes(dir.resolve("things.json"))).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(MetadataFiles::isTemp)).isEmpty();
        }
        // The old document still reads, unknown enum values included.
        AtomicReference<Doc> loaded = new AtomicReference<>();
        try (DirectoryMetadataStore again = new DirectoryMetadataStore(dir)) {
            again.attach("things", Doc.class, state::get, loaded::set);
        }
        assertThat(loaded.get()).isEqualTo(new Doc(List.of("a"), JobStatus.JOB_RUNNING, QueueType.of("brand_new")));
        assertThat(loaded.get().type().isKnown()).isFalse();
    }

    /**
     * A client's close interrupts its job threads, and a job thread may be saving the job's last
     * change at that moment: an interrupted thread's file channel closes, which lost that save. The
     * write happens on a thread of its own, and the interrupt stays for the caller to see.
     */
    @Test
    void anInterruptedThreadsSaveStillLands(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sql_jobs.json");
        Thread.currentThread().interrupt();
        try {
            MetadataFiles.replace(
                    file, "{\"status\":\"CANCELLED\"}".getBytes(StandardCharsets.UTF_8), MetadataFiles.FULL);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(Files.readString(file)).isEqualTo("{\"status\":\"CANCELLED\"}");
    }

    @Test
    void aDamagedDocumentIsReportedNotGuessed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("things.json"), "{\"format\":1,\"data\":{\"names\":[\"a\"");
        try (DirectoryMetadataStore s = new DirectoryMetadataStore(dir)) {
            assertThatThrownBy(() -> s.attach("things", Doc.class, () -> null, d -> {}))
                    .hasMessageContaining("things.json")
                    .hasMessageContaining("cannot be read");
        }
    }

    @Test
    void theInMemoryStoreNeverRestoresOrWrites() {
        try (InMemoryMetadataStore s = new InMemoryMetadataStore()) {
            assertThat(s.directory()).isNull();
            assertThat(s.attach(
                            "things",
                            Doc.class,
                            () -> {
                                throw new AssertionError("snapshot taken");
                            },
                            d -> {
                                throw new AssertionError("restored");
                            }))
                    .isSameAs(MetadataSaver.NONE);
        }
    }
}
