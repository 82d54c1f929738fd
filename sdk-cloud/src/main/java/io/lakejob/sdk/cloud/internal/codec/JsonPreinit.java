package io.lakejob.sdk.cloud.internal.codec;

import io.lakejob.sdk.cloud.CloudOptions;
import io.lakejob.sdk.spi.ClientConfiguration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the JSON mapper ahead of the first answer ({@link CloudOptions#PREINITIALIZE}): in a
 * fresh JVM, creating Jackson's mapper and its first record deserializers is the largest single
 * cost of the first call, and it does not depend on anything the call does before its answer
 * arrives (building the HTTP client, preparing, signing and sending the request), so it can run
 * beside them. The same idea as a framework's background pre-initializer; it only pays where there
 * is a second processor to run on.
 *
 * <p>Class initialization makes this safe: a caller that needs {@link Json} while the warm-up is
 * initializing it waits for that, and the warm-up touches nothing but Jackson and {@link Json}.
 */
public final class JsonPreinit {
    /** Not started in this JVM. */
    static final int NOT_STARTED = 0;

    /** The warm-up thread is running. */
    static final int RUNNING = 1;

    /** The warm-up finished (or failed and was ignored). */
    static final int DONE = 2;

    private static final AtomicInteger STATE = new AtomicInteger(NOT_STARTED);

    /** A small answer of the usual shape, read into a record as every codec does. */
    private static final byte[] SAMPLE =
            "{\"is_success\":\"true\",\"message\":\"\",\"items\":[{\"name\":\"a\",\"size\":1}]}"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private JsonPreinit() {}

    /** The sample's shape. */
    record Sample(Boolean isSuccess, String message, List<Item> items) {}

    /** An element of the sample. */
    record Item(String name, Integer size) {}

    /**
     * Starts the warm-up thread unless it is switched off, pointless (one processor) or already
     * started in this JVM.
     *
     * @param configuration the client configuration ({@link CloudOptions#PREINITIALIZE})
     * @return whether this call started it
     */
    public static boolean start(ClientConfiguration configuration) {
        boolean wanted = Boolean.parseBoolean(
                configuration.property(CloudOptions.PREINITIALIZE, "true").trim());
        if (!wanted || Runtime.getRuntime().availableProcessors() < 2 || !STATE.compareAndSet(NOT_STARTED, RUNNING)) {
            return false;
        }
        Thread t = new Thread(JsonPreinit::warmUp, "lakejob-cloud-preinit");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
        return true;
    }

    private static void warmUp() {
        try {
            Sample s = Json.bind(Json.parse(SAMPLE), Sample.class);
            if (s.items().isEmpty()) {
                throw new IllegalStateException("sample not read");
            }
        } catch (Exception | LinkageError ignored) {
            // A warm-up only: the first answer builds whatever is missing itself.
        } finally {
            STATE.set(DONE);
        }
    }

    /**
     * The warm-up's state in this JVM.
     *
     * @return {@link #NOT_STARTED}, {@link #RUNNING} or {@link #DONE}
     */
    static int state() {
        return STATE.get();
    }
}
