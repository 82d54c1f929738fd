package io.lakejob.sdk.flink.internal.metadata;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The default metadata store: everything lives in the client's memory and nothing is written. */
final class InMemoryMetadataStore implements MetadataStore {
    private final MetadataOwner owner = MetadataOwner.newClient();

    @Override
    public MetadataOwner owner() {
        return owner;
    }

    @Override
    public <D> MetadataSaver attach(String kind, Class<D> type, Supplier<D> snapshot, Consumer<D> restore) {
        return MetadataSaver.NONE;
    }

    @Override
    public void writeFile(String kind, String name, byte[] data) {
        // nothing is kept
    }

    @Override
    public byte[] readFile(String kind, String name) {
        return null;
    }

    @Override
    public Path directory() {
        return null;
    }

    @Override
    public boolean writable() {
        return true;
    }

    @Override
    public void checkWritable(String change) {
        // always writable: nothing is written
    }

    @Override
    public void close() {
        owner.closed();
    }
}
