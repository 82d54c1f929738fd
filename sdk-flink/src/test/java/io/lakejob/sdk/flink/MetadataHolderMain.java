package io.lakejob.sdk.flink;

import io.lakejob.sdk.LakeJobClient;

/**
 * A client JVM that holds a metadata directory, for {@link MetadataSecondClientTest}: it opens a
 * client on the directory, creates the queue {@code held}, prints {@code READY}, and closes its
 * client and exits when its standard input ends (or a line arrives).
 *
 * <p>Argument: {@code <metadata dir>}.
 */
public final class MetadataHolderMain {
    private MetadataHolderMain() {}

    /**
     * Runs the client.
     *
     * @param args the metadata directory
     * @throws Exception on any failure (the test then reads the error output)
     */
    public static void main(String[] args) throws Exception {
        try (LakeJobClient client = LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.METADATA_DIR, args[0])
                .build()) {
            client.queues().create(q -> q.queueName("held").cuCount(16));
            System.out.println("READY");
            System.out.flush();
            // Hold the directory until told to let go.
            System.in.read();
        }
        System.out.println("CLOSED");
        System.out.flush();
    }
}
