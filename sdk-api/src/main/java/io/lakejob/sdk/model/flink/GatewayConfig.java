package io.lakejob.sdk.model.flink;

import io.lakejob.sdk.internal.Validate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to reach or deploy the cluster of a YARN or Kubernetes job, with the field names of the Dinky
 * OpenAPI's {@code gatewayConfig}: {@code clusterConfig} (Flink and Hadoop configuration folders,
 * Flink's lib folder, the YARN application id of a session), {@code appConfig} (the user jar of an
 * application), {@code flinkConfig.configuration} and {@code kubernetesConfig} (Flink configuration
 * keys, the kubeconfig and pod templates). Every part is optional; the transport lays these settings
 * over the target the client is configured with.
 *
 * @param clusterConfig where Flink, Hadoop and the cluster are, or {@code null}
 * @param appConfig the user jar of an application, or {@code null}
 * @param flinkConfig Flink configuration of the deployment, or {@code null}
 * @param kubernetesConfig Kubernetes settings, or {@code null}
 */
public record GatewayConfig(
        ClusterConfig clusterConfig, AppConfig appConfig, FlinkConfig flinkConfig, KubernetesConfig kubernetesConfig) {

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this configuration's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder()
                .clusterConfig(clusterConfig)
                .appConfig(appConfig)
                .flinkConfig(flinkConfig)
                .kubernetesConfig(kubernetesConfig);
    }

    /**
     * Where Flink, Hadoop and the cluster are (Dinky {@code clusterConfig}).
     *
     * @param flinkConfigPath a Flink configuration folder ({@code config.yaml} or {@code
     *     flink-conf.yaml}), or {@code null}
     * @param flinkLibPath the folder of Flink's jars to ship to YARN, or {@code null}
     * @param hadoopConfigPath the Hadoop configuration folder ({@code core-site.xml},
     *     {@code yarn-site.xml}), or {@code null} (Dinky also calls it {@code yarnConfigPath})
     * @param appId the YARN application id of a session to attach to, or {@code null}
     * @param hadoopConfigMap Hadoop configuration keys laid over the folder's; never {@code null}
     */
    public record ClusterConfig(
            String flinkConfigPath,
            String flinkLibPath,
            String hadoopConfigPath,
            String appId,
            Map<String, String> hadoopConfigMap) {
        /**
         * Validates the settings.
         *
         * @param flinkConfigPath the Flink configuration folder
         * @param flinkLibPath the Flink lib folder
         * @param hadoopConfigPath the Hadoop configuration folder
         * @param appId the YARN application id
         * @param hadoopConfigMap Hadoop configuration keys
         */
        public ClusterConfig {
            FlinkChecks.optionalText("clusterConfig.flinkConfigPath", flinkConfigPath, 4096);
            FlinkChecks.optionalText("clusterConfig.flinkLibPath", flinkLibPath, 4096);
            FlinkChecks.optionalText("clusterConfig.hadoopConfigPath", hadoopConfigPath, 4096);
            FlinkChecks.optionalText("clusterConfig.appId", appId, 256);
            hadoopConfigMap = FlinkChecks.configuration(hadoopConfigMap);
        }

        /**
         * Settings naming only the Hadoop configuration folder.
         *
         * @param hadoopConfigPath the folder
         * @return the settings
         */
        public static ClusterConfig hadoop(String hadoopConfigPath) {
            return new ClusterConfig(null, null, hadoopConfigPath, null, Map.of());
        }
    }

    /**
     * The user jar of an application (Dinky {@code appConfig}).
     *
     * @param userJarPath the jar: a local path, a {@code local://} path inside the image, or a file
     *     system URI the cluster reads; required for {@code executeJar}
     * @param userJarParas the program arguments; never {@code null}
     * @param userJarMainAppClass the main class, or {@code null} for the jar's {@code Main-Class}
     */
    public record AppConfig(String userJarPath, List<String> userJarParas, String userJarMainAppClass) {
        /**
         * Validates the settings.
         *
         * @param userJarPath the jar
         * @param userJarParas the arguments
         * @param userJarMainAppClass the main class
         */
        public AppConfig {
            FlinkChecks.optionalText("appConfig.userJarPath", userJarPath, 4096);
            userJarParas = Validate.list("appConfig.userJarParas", userJarParas);
            FlinkChecks.optionalText("appConfig.userJarMainAppClass", userJarMainAppClass, 1024);
        }
    }

    /**
     * Flink configuration of the deployment (Dinky {@code flinkConfig}).
     *
     * @param configuration Flink configuration keys such as {@code parallelism.default},
     *     {@code jobmanager.memory.process.size}, {@code yarn.application.queue}; never {@code null}
     */
    public record FlinkConfig(Map<String, String> configuration) {
        /**
         * Validates the settings.
         *
         * @param configuration the keys
         */
        public FlinkConfig {
            configuration = FlinkChecks.configuration(configuration);
        }
    }

    /**
     * Kubernetes settings (Dinky {@code kubernetesConfig}).
     *
     * @param configuration Flink's Kubernetes configuration keys such as {@code kubernetes.namespace},
     *     {@code kubernetes.container.image.ref}, {@code kubernetes.cluster-id}; never {@code null}
     * @param kubeConfig the kubeconfig: a file path, or the file's YAML text (then treated as a secret:
     *     never printed); {@code null} for the default ({@code ~/.kube/config})
     * @param podTemplate the pod template of every pod: a file path or YAML text, or {@code null}
     * @param jmPodTemplate the JobManager's pod template, or {@code null}
     * @param tmPodTemplate the TaskManagers' pod template, or {@code null}
     */
    public record KubernetesConfig(
            Map<String, String> configuration,
            String kubeConfig,
            String podTemplate,
            String jmPodTemplate,
            String tmPodTemplate) {
        /**
         * Validates the settings.
         *
         * @param configuration the keys
         * @param kubeConfig the kubeconfig
         * @param podTemplate the pod template
         * @param jmPodTemplate the JobManager pod template
         * @param tmPodTemplate the TaskManager pod template
         */
        public KubernetesConfig {
            configuration = FlinkChecks.configuration(configuration);
            FlinkChecks.optionalDocument("kubernetesConfig.kubeConfig", kubeConfig, 1024 * 1024);
            FlinkChecks.optionalDocument("kubernetesConfig.podTemplate", podTemplate, 1024 * 1024);
            FlinkChecks.optionalDocument("kubernetesConfig.jmPodTemplate", jmPodTemplate, 1024 * 1024);
            FlinkChecks.optionalDocument("kubernetesConfig.tmPodTemplate", tmPodTemplate, 1024 * 1024);
        }

        /** @return the settings, with an inline kubeconfig shown only by its length */
        @Override
        public String toString() {
            String kc = kubeConfig == null
                    ? "null"
                    : kubeConfig.contains("\n") ? "<inline kubeconfig, " + kubeConfig.length() + " chars>" : kubeConfig;
            return "KubernetesConfig[configuration=" + configuration + ", kubeConfig=" + kc + ", podTemplate="
                    + (podTemplate != null) + ", jmPodTemplate=" + (jmPodTemplate != null) + ", tmPodTemplate="
                    + (tmPodTemplate != null) + "]";
        }
    }

    /** Builds a {@link GatewayConfig}. */
    public static final class Builder {
        private ClusterConfig clusterConfig;
        private AppConfig appConfig;
        private FlinkConfig flinkConfig;
        private KubernetesConfig kubernetesConfig;

        private Builder() {}

        /**
         * Sets where Flink, Hadoop and the cluster are.
         *
         * @param clusterConfig the settings, or {@code null}
         * @return this builder
         */
        public Builder clusterConfig(ClusterConfig clusterConfig) {
            this.clusterConfig = clusterConfig;
            return this;
        }

        /**
         * Sets the cluster settings from their parts.
         *
         * @param flinkConfigPath the Flink configuration folder, or {@code null}
         * @param flinkLibPath the Flink lib folder, or {@code null}
         * @param hadoopConfigPath the Hadoop configuration folder, or {@code null}
         * @param appId the YARN application id of a session, or {@code null}
         * @return this builder
         */
        public Builder clusterConfig(
                String flinkConfigPath, String flinkLibPath, String hadoopConfigPath, String appId) {
            return clusterConfig(new ClusterConfig(flinkConfigPath, flinkLibPath, hadoopConfigPath, appId, Map.of()));
        }

        /**
         * Sets the user jar of an application.
         *
         * @param appConfig the settings, or {@code null}
         * @return this builder
         */
        public Builder appConfig(AppConfig appConfig) {
            this.appConfig = appConfig;
            return this;
        }

        /**
         * Sets the user jar of an application from its parts.
         *
         * @param userJarPath the jar
         * @param mainClass the main class, or {@code null} for the jar's {@code Main-Class}
         * @param args the program arguments
         * @return this builder
         */
        public Builder appConfig(String userJarPath, String mainClass, String... args) {
            return appConfig(new AppConfig(userJarPath, new ArrayList<>(List.of(args)), mainClass));
        }

        /**
         * Sets the Flink configuration of the deployment.
         *
         * @param flinkConfig the settings, or {@code null}
         * @return this builder
         */
        public Builder flinkConfig(FlinkConfig flinkConfig) {
            this.flinkConfig = flinkConfig;
            return this;
        }

        /**
         * Adds one Flink configuration key of the deployment.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder putFlinkConfiguration(String key, String value) {
            Map<String, String> m = new LinkedHashMap<>(flinkConfig == null ? Map.of() : flinkConfig.configuration());
            m.put(key, value);
            this.flinkConfig = new FlinkConfig(m);
            return this;
        }

        /**
         * Sets the Kubernetes settings.
         *
         * @param kubernetesConfig the settings, or {@code null}
         * @return this builder
         */
        public Builder kubernetesConfig(KubernetesConfig kubernetesConfig) {
            this.kubernetesConfig = kubernetesConfig;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         */
        public GatewayConfig build() {
            return new GatewayConfig(clusterConfig, appConfig, flinkConfig, kubernetesConfig);
        }
    }
}
