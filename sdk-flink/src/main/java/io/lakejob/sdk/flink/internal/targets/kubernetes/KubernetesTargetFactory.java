package io.lakejob.sdk.flink.internal.targets.kubernetes;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.TargetContext;
import io.lakejob.sdk.flink.internal.targets.TargetFactory;
import io.lakejob.sdk.flink.internal.targets.TargetKind;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import java.util.Set;

/**
 * Makes the Kubernetes targets ({@code kubernetes-session}, {@code kubernetes-application}). Loaded
 * by class name by {@code Targets} when such a kind is asked for; this class itself refers to no
 * flink-kubernetes type, so that it loads without the module and {@link #checkAvailable} can say
 * which artifact to add.
 */
public final class KubernetesTargetFactory implements TargetFactory {
    /** The Maven artifact the Kubernetes targets need, for messages. */
    static final String ARTIFACT = "org.apache.flink:flink-kubernetes";

    /** Classes of flink-kubernetes the targets use (the descriptor, and the fabric8 client it shades). */
    private static final String[] REQUIRED = {
        "org.apache.flink.kubernetes.KubernetesClusterClientFactory",
        "org.apache.flink.kubernetes.KubernetesClusterDescriptor",
        "org.apache.flink.kubernetes.shaded.io.fabric8.kubernetes.client.NamespacedKubernetesClient"
    };

    /** Creates the factory ({@code Targets} calls this reflectively). */
    public KubernetesTargetFactory() {}

    @Override
    public Set<TargetKind> kinds() {
        return Set.of(TargetKind.KUBERNETES_SESSION, TargetKind.KUBERNETES_APPLICATION);
    }

    /**
     * Checks that flink-kubernetes is on the class path.
     *
     * @param kind the kind asked for
     * @throws ConfigurationException naming the artifact to add (its version: the Flink version of
     *     flink-clients)
     */
    @Override
    public void checkAvailable(TargetKind kind) {
        ClassLoader loader = KubernetesTargetFactory.class.getClassLoader();
        for (String c : REQUIRED) {
            try {
                Class.forName(c, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new ConfigurationException("The " + kind + " target needs Flink's Kubernetes support on the"
                        + " class path: add the Maven dependency " + ARTIFACT + ":"
                        + io.lakejob.sdk.flink.internal.FlinkClassPath.runningFlinkVersion()
                        + " (the version of your flink-clients; " + c + " is missing)");
            }
        }
    }

    /**
     * Checks the settings before any I/O (see {@code KubeSettings}): a session's cluster id, an
     * application's image and jars, namespace, exposed type, resources, and that the files named
     * (kubeconfig, pod templates) are readable.
     *
     * @param settings the settings
     */
    @Override
    public void check(TargetSettings settings) {
        if (settings.kind() == TargetKind.KUBERNETES_APPLICATION && settings.address() != null) {
            throw new ConfigurationException("The kubernetes-application target of " + settings.origin()
                    + " deploys a cluster per job, so one address (" + settings.address() + ") cannot reach them;"
                    + " an address is for kubernetes-session");
        }
        KubeSettings.check(settings);
    }

    @Override
    public DeploymentTarget create(TargetSettings settings, TargetContext context) {
        return settings.kind() == TargetKind.KUBERNETES_SESSION
                ? new KubernetesSessionTarget(settings)
                : new KubernetesApplicationTarget(settings);
    }
}
