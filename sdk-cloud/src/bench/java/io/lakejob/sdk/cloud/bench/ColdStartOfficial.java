package io.lakejob.sdk.cloud.bench;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.dli.v1.DliClient;
import com.huaweicloud.sdk.dli.v1.model.ListQueuesRequest;

/**
 * A fresh JVM's first call with the official SDK: build {@code DliClient}, one signed
 * {@code listQueues} to the stub. Run by {@link ColdStart} with only the official SDK's class
 * path; prints {@code COLD <nanos>} like {@link ColdStartOurs}.
 */
public final class ColdStartOfficial {
    private ColdStartOfficial() {}

    /**
     * Entry point.
     *
     * @param args the stub's endpoint
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        DliClient client = DliClient.newBuilder()
                .withCredential(new BasicCredentials()
                        .withAk("BENCHAKEXAMPLE0000001")
                        .withSk("BenchSecretKeyExample0000000000000000001")
                        .withProjectId("48cc2c48765f481480c7db940d6409d1"))
                .withHttpConfig(HttpConfig.getDefaultHttpConfig())
                .withEndpoint(args[0])
                .build();
        int queues = client.listQueues(new ListQueuesRequest()).getQueues().size();
        long elapsed = System.nanoTime() - start;
        System.out.println("COLD " + elapsed + " " + queues);
        System.exit(queues == 1 ? 0 : 2);
    }
}
