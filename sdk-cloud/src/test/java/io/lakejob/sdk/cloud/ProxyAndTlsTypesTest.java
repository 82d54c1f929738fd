package io.lakejob.sdk.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProxyAndTlsTypesTest {

    @Test
    void proxySettingsValidateAndNeverPrintThePassword() {
        CloudProxy p = CloudProxy.of("proxy.corp", 3128).withCredentials("svc", "pw-secret-1");
        assertThat(p.toString()).contains("proxy.corp:3128", "svc").doesNotContain("pw-secret-1");
        assertThatThrownBy(() -> CloudProxy.of("bad host", 1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CloudProxy.of("h", 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new CloudProxy("h", 1, "u", null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void tlsTrustNeedsAnExistingFileAndAnUnreadableStoreIsAConfigurationErrorWithoutThePassword(@TempDir Path dir)
            throws Exception {
        assertThatThrownBy(() -> CloudTls.trustStore(dir.resolve("missing.p12"), null))
                .isInstanceOf(ValidationException.class);
        Path junk = Files.writeString(dir.resolve("junk.p12"), "not a key store");
        CloudTls tls = CloudTls.trustStore(junk, "store-secret-2");
        assertThat(tls.toString()).doesNotContain("store-secret-2");
        var builder = LakeJobClient.builder()
                .endpoint("https://dli.cn-north-4.myhuaweicloud.com")
                .projectId("p1")
                .credentials(Credentials.token("t"));
        tls.applyTo(builder);
        CloudProxy.of("127.0.0.1", 3128).applyTo(builder);
        assertThatThrownBy(builder::build)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("junk.p12")
                .hasMessageNotContaining("store-secret-2");
    }
}
