package io.lakejob.sdk.flink.internal.metadata;

/**
 * Saves one kind of metadata (queues, templates, ...) after a change: a store calls
 * {@link #save()} after each mutation. Saves of one kind are serialised and each writes the
 * state as of the save, so the last save always leaves the newest state on disk.
 */
@FunctionalInterface
public interface MetadataSaver {
    /** The saver of a store that persists nothing. */
    MetadataSaver NONE = () -> {};

    /** Writes the kind's current state (a no-op for the in-memory store). */
    void save();
}
