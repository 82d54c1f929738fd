package io.lakejob.sdk.cloud.bench;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.dli.v1.DliClient;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.cloud.CloudOptions;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;

/** What every benchmark shares: credentials, project, and how each SDK's client is built. */
final class Fixtures {
    static final String AK = "BENCHAKEXAMPLE0000001";
    static final String SK = "BenchSecretKeyExample0000000000000000001";
    static final String PROJECT = "48cc2c48765f481480c7db940d6409d1";
    static final String HOST = "dli.cn-north-4.myhuaweicloud.com";

    private Fixtures() {}

    /**
     * Our client for an endpoint (loopback http needs no insecure-http switch), pooling up to
     * {@code pool} connections (in all and per host).
     */
    static LakeJobClient lakeJob(String endpoint, int pool) {
        return LakeJobClient.builder()
                .endpoint(endpoint)
                .projectId(PROJECT)
                .credentials(Credentials.akSk(AK, SK))
                .property(CloudOptions.MAX_CONNECTIONS, String.valueOf(pool))
                .build();
    }

    /**
     * The official DLI client for an endpoint, its default HTTP configuration but for OkHttp's
     * connection pool: {@code pool} idle connections kept (OkHttp's default is 5), 5 minutes each.
     */
    static DliClient official(String endpoint, int pool) {
        return DliClient.newBuilder()
                .withCredential(new BasicCredentials().withAk(AK).withSk(SK).withProjectId(PROJECT))
                .withHttpConfig(HttpConfig.getDefaultHttpConfig()
                        .withConnectionPool(new ConnectionPool(pool, 5, TimeUnit.MINUTES)))
                .withEndpoint(endpoint)
                .build();
    }
}
