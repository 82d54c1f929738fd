package io.lakejob.sdk.flink.internal.metadata;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.LakeJobException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Metadata in a directory ({@link io.lakejob.sdk.flink.FlinkOptions#METADATA_DIR}): one JSON
 * document per kind, {@code <dir>/<kind>.json}, replaced crash-safely on every change
 * ({@link MetadataFiles#replace}). A document is
 * {@code {"format":1,"kind":..,"savedAt":..,"savedBy":{pid,jvmStart,client},"data":{..}}}.
 *
 * <p><b>One writer.</b> The client that opens the directory first holds an exclusive OS lock on
 * {@code <dir>/.lock} ({@link FileChannel#tryLock()}) until it is closed or its JVM dies (the OS
 * then drops the lock). A client opening the directory while another live client holds the lock
 * is <em>read-only</em>: it loads what the holder had saved, works on that in memory, and writes
 * nothing ({@link #writable()} is {@code false}), so two live clients never overwrite each other's
 * documents. A later client, opened after the holder closed or died, is the writer again.
 *
 * <p><b>Secrets.</b> Sensitive global variable values are stored as they are (jobs need them);
 * they are never logged. The directory is created owner-only (700) and its files 600 where the
 * file system has POSIX permissions: protect it like a credentials file.
 */
final class DirectoryMetadataStore implements MetadataStore {
    /** The document format version. */
    static final int FORMAT = 1;
    /** Name of the lock file. */
    static final String LOCK_FILE = ".lock";

    private static final System.Logger LOG = System.getLogger(DirectoryMetadataStore.class.getName());
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");

    private final Path dir;
    private final MetadataFiles.ChunkWriter writer;
    private final MetadataOwner owner = MetadataOwner.newClient();
    private final Map<String, Object> kindLocks = new ConcurrentHashMap<>();
    private final java.util.Set<String> fileKinds = ConcurrentHashMap.newKeySet();
    private final FileChannel lockChannel;
    private final FileLock lock;
    private volatile boolean closed;
    private volatile boolean warnedReadOnly;

    DirectoryMetadataStore(Path dir) {
        this(dir, MetadataFiles.FULL);
    }

    /**
     * Opens (creating) the directory and takes its lock when no live client holds it.
     *
     * @param dir the directory
     * @param writer how bytes reach temp files (tests inject failures)
     */
    DirectoryMetadataStore(Path dir, MetadataFiles.ChunkWriter writer) {
        this.dir = dir.toAbsolutePath();
        this.writer = writer;
        try {
            if (!Files.isDirectory(this.dir)) {
                Files.createDirectories(this.dir);
                MetadataFiles.ownerOnly(this.dir, true);
            }
            this.lockChannel =
                    FileChannel.open(this.dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot open the metadata directory " + this.dir + ": " + e, e);
        }
        FileLock l;
        try {
            l = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null; // another client of this JVM holds it
        } catch (IOException e) {
            closeQuietly();
            throw new ConfigurationException("Cannot lock the metadata directory " + this.dir + ": " + e, e);
        }
        this.lock = l;
        if (lock != null) {
            removeLeftoverTempFiles(this.dir);
        } else {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Metadata directory " + this.dir
                            + " is in use by another live client: this client reads it but writes nothing");
        }
    }

    @Override
    public <D> MetadataSaver attach(String kind, Class<D> type, Supplier<D> snapshot, Consumer<D> restore) {
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("Bad metadata kind " + kind);
        }
        Object kindLock = new Object();
        if (kindLocks.putIfAbsent(kind, kindLock) != null) {
            throw new IllegalStateException("Metadata kind " + kind + " attached twice");
        }
        D stored = read(kind, type);
        if (stored != null) {
            restore.accept(stored);
        }
        return () -> save(kind, kindLock, snapshot);
    }

    /**
     * Reads a kind's document.
     *
     * @return the document's data, or {@code null} when none was saved
     */
    <D> D read(String kind, Class<D> type) {
        Path file = file(kind);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read metadata file " + file, e);
        }
        try {
            JsonNode doc = MetadataJson.mapper().readTree(bytes);
            int format = doc.path("format").asInt(-1);
            if (format != FORMAT) {
                throw new ConfigurationException(
                        "Metadata file " + file + " has format " + format + "; this client reads format " + FORMAT);
            }
            return MetadataJson.mapper().treeToValue(doc.get("data"), type);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ConfigurationException c) {
                throw c;
            }
            // A document is only ever replaced whole, so this is damage from outside: never guess.
            throw new ConfigurationException(
                    "Metadata file " + file + " cannot be read (" + e.getMessage()
                            + "); restore it from a backup or remove it to drop that kind of metadata",
                    e);
        }
    }

    private <D> void save(String kind, Object kindLock, Supplier<D> snapshot) {
        if (closed) {
            return;
        }
        if (lock == null) {
            if (!warnedReadOnly) {
                warnedReadOnly = true;
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Metadata directory " + dir
                                + " is read-only for this client (another live client holds it): changes are not saved");
            }
            return;
        }
        synchronized (kindLock) {
            if (closed) {
                return;
            }
            Path file = file(kind);
            try {
                ObjectNode doc = MetadataJson.mapper().createObjectNode();
                doc.put("format", FORMAT);
                doc.put("kind", kind);
                doc.put("savedAt", Instant.now().toString());
                doc.set("savedBy", MetadataJson.mapper().valueToTree(owner));
                doc.set("data", MetadataJson.mapper().valueToTree(snapshot.get()));
                byte[] bytes =
                        MetadataJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
                MetadataFiles.replace(file, bytes, writer);
            } catch (IOException e) {
                // Never include the document in the message: it may hold sensitive values.
                throw new LakeJobException(
                        "Cannot save the " + kind + " metadata to " + file + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void writeFile(String kind, String name, byte[] data) {
        Path file = sideFile(kind, name);
        if (closed || lock == null) {
            return;
        }
        try {
            Path folder = file.getParent();
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                MetadataFiles.ownerOnly(folder, true);
            } else if (fileKinds.add(kind)) {
                removeLeftoverTempFiles(folder);
            }
            MetadataFiles.replace(file, data, writer);
        } catch (IOException e) {
            throw new LakeJobException("Cannot save " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] readFile(String kind, String name) {
        Path file = sideFile(kind, name);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read metadata file " + file, e);
        }
    }

    private Path sideFile(String kind, String name) {
        if (!KIND.matcher(kind).matches() || !FILE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Bad metadata file " + kind + "/" + name);
        }
        return dir.resolve(kind).resolve(name);
    }

    private Path file(String kind) {
        return dir.resolve(kind + ".json");
    }

    private void removeLeftoverTempFiles(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path p : files) {
                if (MetadataFiles.isTemp(p)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot remove leftover temp files in " + folder + ": " + e);
        }
    }

    @Override
    public MetadataOwner owner() {
        return owner;
    }

    @Override
    public Path directory() {
        return dir;
    }

    @Override
    public boolean writable() {
        return lock != null && !closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        // Wait for saves in progress, then refuse new ones.
        for (Object kindLock : kindLocks.values()) {
            synchronized (kindLock) {
                closed = true;
            }
        }
        closed = true;
        owner.closed();
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException | RuntimeException e) {
            // closing the channel below releases it too
        }
        try {
            lockChannel.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }
}
