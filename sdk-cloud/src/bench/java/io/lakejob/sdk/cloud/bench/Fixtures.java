package io.lakejob.sdk.cloud.bench;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.dli.v1.DliClient;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.auth.Credentials;

/** What every benchmark shares: credentials, project, and how each SDK's client is built. */
final class Fixtures {
    static final String AK = "BENCHAKEXAMPLE0000001";
    static final String SK = "BenchSecretKeyExample0000000000000000001";
    static final String PROJECT = "48cc2c48765f481480c7db940d6409d1";
    static final String HOST = "dli.cn-north-4.myhuaweicloud.com";

    private Fixtures() {}

    /** Our client for an endpoint (loopback http is allowed without the insecure-http switch). */
    static LakeJobClient lakeJob(String endpoint) {
        return LakeJobClient.builder()
                .endpoint(endpoint)
                .projectId(PROJECT)
                .credentials(Credentials.akSk(AK, SK))
                .build();
    }

    /** The official DLI client for an endpoint, with its default HTTP configuration. */
    static DliClient official(String endpoint) {
        return DliClient.newBuilder()
                .withCredential(new BasicCredentials().withAk(AK).withSk(SK).withProjectId(PROJECT))
                .withHttpConfig(HttpConfig.getDefaultHttpConfig())
                .withEndpoint(endpoint)
                .build();
    }
}
