package io.lakejob.sdk.flink.internal.metadata;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.flink.internal.LocalErrors;
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
 * is <em>read-only</em>: it loads what the holder had saved and refuses every change with a
 * DLI.0012 service error before anything changes ({@link #checkWritable}; the transport checks each
 * operation that would change metadata), so a change is never reported done without being written.
 * The lock file names its holder for that error. A later client, opened after the holder closed or
 * died, is the writer again; a client whose open failed releases the lock at once.
 *
 * <p><b>Secrets.</b> Sensitive global variable values are stored as they are (jobs need them);
 * they are never logged. The directory is created owner-only (700), an existing one others can
 * open is restricted to 700 with a warning, and its files are 600, where the file system has
 * POSIX permissions: protect it like a credentials file.
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
    private final java.util.concurrent.ExecutorService writers = MetadataFiles.writers();
    private final MetadataOwner owner = MetadataOwner.newClient();
    private final Map<String, Object> kindLocks = new ConcurrentHashMap<>();
    private final java.util.Set<String> fileKinds = ConcurrentHashMap.newKeySet();
    private final FileChannel lockChannel;
    private final FileLock lock;
    private volatile boolean closed;

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
            recordHolder();
            ownerOnly(this.dir);
            removeLeftoverTempFiles(this.dir);
        } else {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Metadata directory " + this.dir + " is in use by another live client (" + holder()
                            + "): this client only reads it, and every change it is asked for is refused");
        }
    }

    /**
     * Restricts a directory that already existed to its owner (700), as a new one is created: it
     * holds sensitive variable values. A directory others can open (for example 755 from a
     * {@code mkdir}) is tightened with a warning; one this client cannot change is only warned about.
     */
    private static void ownerOnly(Path dir) {
        String perms;
        try {
            perms = MetadataFiles.permissions(dir);
        } catch (IOException e) {
            return;
        }
        if (perms == null || perms.substring(3).equals("------")) {
            return;
        }
        try {
            MetadataFiles.ownerOnly(dir, true);
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Metadata directory " + dir + " was " + perms + ": restricted to its owner (rwx------), as it"
                            + " holds sensitive variable values");
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Metadata directory " + dir + " is " + perms + " and could not be restricted to its owner (" + e
                            + "): it holds sensitive variable values, protect it like a credentials file");
        }
    }

    /** Writes who holds the lock into the lock file, for the errors of read-only clients. */
    private void recordHolder() {
        try {
            lockChannel.truncate(0);
            lockChannel.write(
                    java.nio.ByteBuffer.wrap(owner.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            // Only a diagnostic: read-only clients then say "another client".
        }
    }

    /** @return who holds the directory's lock, as the holder recorded it */
    private String holder() {
        try {
            String who = Files.readString(dir.resolve(LOCK_FILE)).strip();
            return who.isEmpty() || who.length() > 200 ? "another client" : "the client " + who;
        } catch (IOException | RuntimeException e) {
            return "another client";
        }
    }

    @Override
    public void checkWritable(String change) {
        if (lock == null) {
            throw LocalErrors.unavailable("The metadata directory " + dir + " is held by " + holder()
                    + ": this client only reads it, so " + change + " is refused (nothing was changed). Close"
                    + " that client first, or give this one a flink.metadata.dir of its own");
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
            try {
                restore.accept(stored);
            } catch (ConfigurationException e) {
                throw e;
            } catch (RuntimeException e) {
                // A shape the reader does not expect (a null list, a null entry): refuse it, so the
                // next save cannot replace the file with what little was understood.
                throw unreadable(file(kind), e.toString(), e);
            }
        }
        return () -> save(kind, kindLock, snapshot);
    }

    private static ConfigurationException unreadable(Path file, String why, Throwable cause) {
        return new ConfigurationException(
                "Metadata file " + file + " cannot be read (" + why
                        + "); restore it from a backup or remove it to drop that kind of metadata",
                cause);
    }

    /**
     * Checks the parts a document of {@code type} cannot do without: its data is a JSON object, and
     * every list, set or map component of the document record is present ({@code "data": null},
     * {@code "data": {}} or {@code "queues": null} would otherwise read as "nothing stored").
     */
    private static void checkShape(Path file, JsonNode data, Class<?> type) {
        if (data == null || !data.isObject()) {
            throw unreadable(
                    file,
                    "its \"data\" is "
                            + (data == null
                                    ? "missing"
                                    : data.getNodeType().toString().toLowerCase(java.util.Locale.ROOT))
                            + ", not an object",
                    null);
        }
        if (!type.isRecord()) {
            return;
        }
        for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
            Class<?> t = c.getType();
            boolean container = java.util.Collection.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t);
            JsonNode v = data.get(c.getName());
            if (container && (v == null || !(v.isArray() || v.isObject()))) {
                throw unreadable(
                        file,
                        "its \"data\" has no \"" + c.getName() + "\" " + (t == Map.class ? "object" : "list"),
                        null);
            }
        }
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
            throw unreadable(file, e.toString(), e);
        }
        try {
            JsonNode doc = MetadataJson.mapper().readTree(bytes);
            int format = doc.path("format").asInt(-1);
            if (format != FORMAT) {
                throw new ConfigurationException(
                        "Metadata file " + file + " has format " + format + "; this client reads format " + FORMAT);
            }
            String storedKind = doc.path("kind").asText(kind);
            if (!storedKind.equals(kind)) {
                throw unreadable(file, "it holds \"" + storedKind + "\" metadata, not " + kind, null);
            }
            JsonNode data = doc.get("data");
            checkShape(file, data, type);
            D value = MetadataJson.mapper().treeToValue(data, type);
            if (value == null) {
                throw unreadable(file, "its \"data\" is empty", null);
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ConfigurationException c) {
                throw c;
            }
            // A document is only ever replaced whole, so this is damage from outside: never guess.
            throw unreadable(file, e.getMessage(), e);
        }
    }

    private <D> void save(String kind, Object kindLock, Supplier<D> snapshot) {
        if (closed) {
            return;
        }
        // Never a success without the write: the transport refuses changes of a read-only client
        // before they happen, and anything that still gets here fails instead of being dropped.
        checkWritable("saving the " + kind + " metadata");
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
                MetadataFiles.replace(file, bytes, writer, writers);
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
        if (closed) {
            return;
        }
        checkWritable("saving " + kind + "/" + name);
        try {
            Path folder = file.getParent();
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                MetadataFiles.ownerOnly(folder, true);
            } else if (fileKinds.add(kind)) {
                removeLeftoverTempFiles(folder);
            }
            MetadataFiles.replace(file, data, writer, writers);
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
        // After the last save: its writer threads end (a side file written just now still lands).
        writers.shutdown();
        try {
            writers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
