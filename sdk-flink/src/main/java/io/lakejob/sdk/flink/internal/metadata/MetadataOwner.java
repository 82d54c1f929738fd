package io.lakejob.sdk.flink.internal.metadata;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client that runs a job: its JVM's process id and start time (together they name one JVM even
 * when the OS reuses the pid) and the client instance (several clients may live in one JVM). A job
 * recorded as active whose owner is no longer alive was lost with it.
 *
 * @param pid the JVM's process id
 * @param jvmStart when the JVM started, or {@code null} when the OS does not tell
 * @param client the client instance's id
 */
record MetadataOwner(long pid, Instant jvmStart, String client) {
    private static final Set<String> OPEN_CLIENTS = ConcurrentHashMap.newKeySet();

    /** @return a new owner for a client of this JVM, registered as alive until {@link #closed()} */
    static MetadataOwner newClient() {
        ProcessHandle me = ProcessHandle.current();
        MetadataOwner o = new MetadataOwner(
                me.pid(),
                me.info().startInstant().orElse(null),
                UUID.randomUUID().toString());
        OPEN_CLIENTS.add(o.client);
        return o;
    }

    /** Marks this client closed: its jobs are no longer run by anyone. */
    void closed() {
        OPEN_CLIENTS.remove(client);
    }

    /** @return whether the owning client still runs: its JVM is alive and, in this JVM, the client is open */
    boolean isAlive() {
        ProcessHandle me = ProcessHandle.current();
        if (pid == me.pid() && sameStart(me.info().startInstant())) {
            return client != null && OPEN_CLIENTS.contains(client);
        }
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        return h.isPresent() && h.get().isAlive() && sameStart(h.get().info().startInstant());
    }

    private boolean sameStart(Optional<Instant> start) {
        // Start times are compared at second precision: some OSes report them rounded.
        return jvmStart == null
                || start.isEmpty()
                || Math.abs(start.get().getEpochSecond() - jvmStart.getEpochSecond()) <= 1;
    }

    @Override
    public String toString() {
        return "pid " + pid + (jvmStart == null ? "" : " started " + jvmStart);
    }
}
