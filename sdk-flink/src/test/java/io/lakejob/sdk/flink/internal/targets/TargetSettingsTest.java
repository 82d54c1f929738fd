package io.lakejob.sdk.flink.internal.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Target settings print no configuration values (they can hold credentials), and identify a cluster without their origin. */
class TargetSettingsTest {
    @Test
    void toStringShowsConfigurationKeysButNoValues() {
        TargetSettings s = new TargetSettings(
                TargetKind.YARN_SESSION,
                "queue etl",
                null,
                "application_1_0001",
                null,
                "/etc/hadoop",
                null,
                null,
                null,
                null,
                null,
                Map.of("flink.hadoop.fs.s3a.secret.key", "s3cr3t-value", "taskmanager.numberOfTaskSlots", "2"));
        assertThat(s.toString())
                .contains("flink.hadoop.fs.s3a.secret.key", "application_1_0001", "/etc/hadoop")
                .doesNotContain("s3cr3t-value")
                .doesNotContain("=2");
    }

    @Test
    void theOriginIsNotPartOfWhatIdentifiesACluster() {
        TargetSettings a = TargetSettings.standalone("127.0.0.1:8081", "queue a");
        TargetSettings b = TargetSettings.standalone("127.0.0.1:8081", "the request");
        assertThat(a.identity()).isEqualTo(b.identity());
        assertThat(a.identity())
                .isNotEqualTo(TargetSettings.standalone("127.0.0.1:8082", "x").identity());
    }
}
