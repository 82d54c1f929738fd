package io.lakejob.sdk.flink.internal.targets.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.flink.FlinkOptions;
import io.lakejob.sdk.flink.internal.targets.Targets;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Kubernetes settings as documented, and their names for application clusters. */
class KubernetesSettingsTest {
    @Test
    void theDocumentedSettingsAreTheOnesTheTargetsRead() throws Exception {
        List<String> documented = new ArrayList<>();
        for (Field f : FlinkOptions.Kubernetes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                documented.add((String) f.get(null));
            }
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(Targets.KUBERNETES_SETTINGS.keySet());
    }

    @Test
    void aSettingAndTheFlinkKeyItNamesMustAgree() {
        assertThatThrownBy(() -> LakeJobClient.builder()
                        .endpoint("flink:local")
                        .property("flink.targets.k.type", "kubernetes-application")
                        .property("flink.targets.k.namespace", "a")
                        .property("flink.targets.k.conf.kubernetes.namespace", "b")
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("kubernetes.namespace");
        assertThatThrownBy(() -> LakeJobClient.builder()
                        .endpoint("flink:local")
                        .property("flink.targets.k.type", "kubernetes-application")
                        .property("flink.targets.k.imag", "x")
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("flink.targets.k.imag")
                .hasMessageContaining("image");
    }

    @Test
    void anApplicationsClusterIdIsAValidKubernetesNameDerivedFromItsRun() {
        String id = KubernetesApplicationTarget.clusterIdOf("00000000000000110000123400000002");
        assertThat(id).isEqualTo("lakejob-00000000000000110000123400000002").hasSizeLessThanOrEqualTo(45);
        KubeSettings.checkClusterId("test", id);
    }
}
