package io.lakejob.sdk.cloud.bench;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.cloud.CloudOptions;
import io.lakejob.sdk.model.queue.ListQueuesRequest;
import java.util.List;

/**
 * A fresh JVM's first call with our SDK: build the client, one signed ListQueues to the stub.
 * Run by {@link ColdStart} with only our runtime class path; prints {@code COLD <nanos>}, the
 * time from entering {@code main} to the parsed answer. References nothing of the official SDK.
 */
public final class ColdStartOurs {
    private ColdStartOurs() {}

    /**
     * Entry point.
     *
     * @param args the stub's endpoint, then optionally {@code no-preinit}
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        LakeJobClient client = LakeJobClient.builder()
                .endpoint(args[0])
                .projectId("48cc2c48765f481480c7db940d6409d1")
                .credentials(Credentials.akSk("BENCHAKEXAMPLE0000001", "BenchSecretKeyExample0000000000000000001"))
                .property(CloudOptions.PREINITIALIZE, Boolean.toString(!List.of(args).contains("no-preinit")))
                .build();
        int queues = client.queues().list(ListQueuesRequest.builder().build()).queues().size();
        long elapsed = System.nanoTime() - start;
        System.out.println("COLD " + elapsed + " " + queues);
        System.exit(queues == 1 ? 0 : 2);
    }
}
