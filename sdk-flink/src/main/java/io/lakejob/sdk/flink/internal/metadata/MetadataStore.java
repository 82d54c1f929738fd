package io.lakejob.sdk.flink.internal.metadata;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.flink.FlinkOptions;
import io.lakejob.sdk.spi.ClientConfiguration;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the Flink transport keeps its metadata (queues, plans, templates, variables, connections,
 * grants, Flink jobs, SQL statement jobs, catalog databases and tables): in memory by default
 * ({@link InMemoryMetadataStore}), or, with {@link FlinkOptions#METADATA_DIR}, in a directory that
 * survives the client and is shared with a later client on the same directory
 * ({@link DirectoryMetadataStore}).
 *
 * <p>A store kind {@linkplain #attach attaches} once: the document saved by an earlier client is
 * handed to its restore function at once, and the returned {@link MetadataSaver} writes its
 * snapshot after every change.
 */
public interface MetadataStore extends AutoCloseable {
    /**
     * Opens the store the configuration asks for.
     *
     * @param configuration the client configuration
     * @return the directory store when {@link FlinkOptions#METADATA_DIR} is set, else the in-memory one
     */
    static MetadataStore open(ClientConfiguration configuration) {
        String dir = configuration.properties().get(FlinkOptions.METADATA_DIR);
        if (dir == null) {
            return new InMemoryMetadataStore();
        }
        if (dir.isBlank()) {
            throw new ConfigurationException(FlinkOptions.METADATA_DIR + " must be a directory path, was blank");
        }
        return new DirectoryMetadataStore(Path.of(dir));
    }

    /**
     * Connects one kind of metadata.
     *
     * @param kind the kind's name (also its file name)
     * @param type the document type
     * @param snapshot gives the current state as a document; called under the kind's save lock
     * @param restore takes the stored document; called at once when one exists
     * @param <D> the document type
     * @return the saver to call after each change
     */
    <D> MetadataSaver attach(String kind, Class<D> type, Supplier<D> snapshot, Consumer<D> restore);

    /**
     * Writes a side file of a kind, for content too large to rewrite with the kind's document on
     * every change (a query's result rows): {@code <dir>/<kind>/<name>}, crash-safely. A no-op
     * for the in-memory store and for a read-only or closed directory store.
     *
     * @param kind the kind's name
     * @param name the file name ({@code [A-Za-z0-9._-]}, not starting with a dot)
     * @param data the content
     */
    void writeFile(String kind, String name, byte[] data);

    /**
     * Reads a side file written by {@link #writeFile}.
     *
     * @param kind the kind's name
     * @param name the file name
     * @return the content, or {@code null} when there is no such file
     */
    byte[] readFile(String kind, String name);

    /** @return this client as the owner of the jobs it runs */
    MetadataOwner owner();

    /** @return the directory, or {@code null} when nothing is written */
    Path directory();

    /**
     * @return whether this client may write: {@code false} when another live client holds the
     *     directory's lock (the directory store then only reads)
     */
    boolean writable();

    /**
     * Refuses a change when this client only reads the directory (another live client holds it), so
     * that nothing is changed in memory that could not be saved.
     *
     * @param change what would change, for the error
     * @throws io.lakejob.sdk.exception.ServiceException DLI.0012 naming the directory and its holder
     */
    void checkWritable(String change);

    /** Releases the directory lock; later saves are ignored. */
    @Override
    void close();
}
