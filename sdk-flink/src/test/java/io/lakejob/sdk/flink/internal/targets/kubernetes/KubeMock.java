package io.lakejob.sdk.flink.internal.targets.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yaml.snakeyaml.Yaml;

/**
 * A mock Kubernetes API server (fabric8's, CRUD mode: objects created are stored and read back, no
 * controller runs, so no pod ever starts) on loopback, one per test class, and a kubeconfig file that
 * points Flink's own (shaded) Kubernetes client at it. {@link #client()} is an unshaded fabric8
 * client for the test's own looks and changes.
 */
final class KubeMock implements AutoCloseable {
    /** Kept so that the JUL levels set here are not garbage collected with the loggers. */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("io.fabric8.mockwebserver"),
            Logger.getLogger("io.fabric8.kubernetes.client"),
            Logger.getLogger("io.vertx"),
            Logger.getLogger("io.netty"));

    private final KubernetesMockServer server;
    private final NamespacedKubernetesClient client;
    private final Path kubeConfig;

    private KubeMock(KubernetesMockServer server, Path kubeConfig) {
        this.server = server;
        this.client = server.createClient();
        this.kubeConfig = kubeConfig;
    }

    /**
     * Starts the mock and writes its kubeconfig (owner-only) into {@code dir}.
     *
     * @param dir a folder for the kubeconfig
     * @return the running mock
     */
    static KubeMock start(Path dir) {
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
        KubernetesMockServer server = new KubernetesMockServer(
                new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(List.of()), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        String yaml = "apiVersion: v1\n"
                + "kind: Config\n"
                + "clusters:\n"
                + "- name: mock\n"
                + "  cluster:\n"
                + "    server: http://127.0.0.1:" + server.getPort() + "\n"
                + "contexts:\n"
                + "- name: mock\n"
                + "  context:\n"
                + "    cluster: mock\n"
                + "    user: tester\n"
                + "current-context: mock\n"
                + "users:\n"
                + "- name: tester\n"
                + "  user:\n"
                + "    token: " + TOKEN + "\n";
        try {
            Path f = Files.createTempFile(
                    dir,
                    "kubeconfig-",
                    ".yaml",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(f, yaml);
            return new KubeMock(server, f);
        } catch (IOException e) {
            server.destroy();
            throw new UncheckedIOException(e);
        }
    }

    /** The kubeconfig's token: tests check that it appears in no message or stored file. */
    static final String TOKEN = "mock-token-5ecret-never-printed";

    /** @return the kubeconfig file */
    Path kubeConfig() {
        return kubeConfig;
    }

    /** @return a client of the mock for the test's own reads and changes */
    NamespacedKubernetesClient client() {
        return client;
    }

    /** @return how many requests the mock has received */
    int requests() {
        return server.getRequestCount();
    }

    /**
     * A Deployment.
     *
     * @param ns the namespace
     * @param name its name
     * @return it, or {@code null}
     */
    Deployment deployment(String ns, String name) {
        return client.apps().deployments().inNamespace(ns).withName(name).get();
    }

    /**
     * The Flink configuration Flink wrote for a cluster ({@code flink-config-<id>}'s {@code config.yaml}).
     *
     * @param ns the namespace
     * @param clusterId the cluster
     * @return the keys, flattened
     */
    Map<String, Object> flinkConfig(String ns, String clusterId) {
        ConfigMap cm = client.configMaps()
                .inNamespace(ns)
                .withName("flink-config-" + clusterId)
                .get();
        assertThat(cm).as("ConfigMap flink-config-" + clusterId).isNotNull();
        String yaml = cm.getData().get("config.yaml");
        assertThat(yaml).as("config.yaml of flink-config-" + clusterId).isNotNull();
        Map<String, Object> flat = new HashMap<>();
        flatten("", new Yaml().load(yaml), flat);
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object value, Map<String, Object> out) {
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : ((Map<Object, Object>) m).entrySet()) {
                flatten(prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else {
            out.put(prefix, value);
        }
    }

    /**
     * Polls until a condition holds (the mock and Flink are observed by polling only).
     *
     * @param what what is awaited, for the failure
     * @param timeout how long at most
     * @param condition the condition
     */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        await(what, timeout, condition::getAsBoolean, b -> b);
    }

    /**
     * Polls a value until it satisfies a predicate.
     *
     * @param what what is awaited
     * @param timeout how long at most
     * @param read reads the value
     * @param done whether it is the one awaited
     * @param <T> its type
     * @return the value
     */
    static <T> T await(String what, Duration timeout, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last;
        while (true) {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
