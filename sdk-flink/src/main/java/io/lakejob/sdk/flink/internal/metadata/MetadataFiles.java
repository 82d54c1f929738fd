package io.lakejob.sdk.flink.internal.metadata;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Crash-safe file replacement: the new content goes to a temp file in the same directory
 * ({@code .<name>.<random>.tmp}), is forced to disk ({@link FileChannel#force(boolean)
 * force(true)}), atomically renamed over the target ({@code ATOMIC_MOVE}, {@code REPLACE_EXISTING}),
 * and the directory is forced too where the OS allows it. A crash at any point leaves either the
 * old or the new complete file, plus perhaps a temp file that readers ignore.
 */
final class MetadataFiles {
    /** Suffix of temp files; readers skip them and a writable store deletes leftovers on open. */
    static final String TEMP_SUFFIX = ".tmp";

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** Writes bytes to a channel; tests inject one that fails part-way. */
    @FunctionalInterface
    interface ChunkWriter {
        /**
         * Writes all of {@code data} to {@code channel}.
         *
         * @param channel the temp file's channel
         * @param data the bytes
         * @throws IOException when writing fails
         */
        void write(FileChannel channel, ByteBuffer data) throws IOException;
    }

    /** The normal writer: loops until every byte is written. */
    static final ChunkWriter FULL = (channel, data) -> {
        while (data.hasRemaining()) {
            channel.write(data);
        }
    };

    private MetadataFiles() {}

    /**
     * The threads that do the writing for one store: file channels close when their thread is
     * interrupted, and a job thread is interrupted when its client closes, possibly in the middle
     * of saving the job's last change. These threads are never interrupted; the store shuts them
     * down when it closes, after its last save.
     *
     * @return a new pool of writer threads
     */
    static ExecutorService writers() {
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "lakejob-metadata-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Replaces {@code target} with {@code data} on a writer thread of its own (see {@link
     * #replace(Path, byte[], ChunkWriter, ExecutorService)}).
     *
     * @param target the file
     * @param data the new content
     * @param writer how bytes reach the temp file
     * @throws IOException when any step fails; the target is then unchanged and the temp file removed
     */
    static void replace(Path target, byte[] data, ChunkWriter writer) throws IOException {
        ExecutorService once = writers();
        try {
            replace(target, data, writer, once);
        } finally {
            once.shutdown();
        }
    }

    /**
     * Replaces {@code target} with {@code data}, crash-safely, whether or not the calling thread is
     * interrupted: the write happens on a writer thread and the caller waits for it to end (an
     * interrupt is kept for the caller to see afterwards).
     *
     * @param target the file
     * @param data the new content
     * @param writer how bytes reach the temp file
     * @param writers the writer threads
     * @throws IOException when any step fails; the target is then unchanged and the temp file removed
     */
    static void replace(Path target, byte[] data, ChunkWriter writer, ExecutorService writers) throws IOException {
        Future<Void> done = writers.submit(() -> {
            replaceHere(target, data, writer);
            return null;
        });
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    done.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IOException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void replaceHere(Path target, byte[] data, ChunkWriter writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMP_SUFFIX);
        boolean moved = false;
        try {
            ownerOnly(tmp, false);
            try (FileChannel ch =
                    FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writer.write(ch, ByteBuffer.wrap(data));
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("The file system of " + dir + " cannot rename atomically", e);
            }
            moved = true;
            forceDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Forces a directory's entries (the rename) to disk; a no-op where the OS cannot open directories. */
    static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; the rename is still atomic there.
        }
    }

    /**
     * Restricts a file or directory to its owner (700 / 600) where the file system has POSIX
     * permissions: the directory holds sensitive variable values and must be protected like a
     * credentials file.
     */
    static void ownerOnly(Path p, boolean directory) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
        }
    }

    /** @return whether the file is a temp file a crash may have left */
    static boolean isTemp(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith(".") && n.endsWith(TEMP_SUFFIX);
    }

    /** @return the POSIX permissions text of a path, or {@code null} where there are none */
    static String permissions(Path p) throws IOException {
        return POSIX ? PosixFilePermissions.toString(Files.getPosixFilePermissions(p)) : null;
    }
}
