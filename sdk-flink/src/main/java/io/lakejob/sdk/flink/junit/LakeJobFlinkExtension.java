package io.lakejob.sdk.flink.junit;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.flink.FlinkOptions;
import io.lakejob.sdk.model.job.FlinkJob;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.ListFlinkJobsRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives tests a {@code flink:local} {@link LakeJobClient} on one embedded
 * Flink cluster, shared (and kept warm) by every test class of the run and stopped when the run
 * ends.
 *
 * <pre>{@code
 * @ExtendWith(LakeJobFlinkExtension.class)
 * class OrdersJobTest {
 *     static final String SQL = "CREATE TABLE orders (n INT) WITH ('connector' = 'datagen', "
 *             + "'fields.n.kind' = 'sequence', 'fields.n.start' = '1', 'fields.n.end' = '10');\n"
 *             + "SELECT COUNT(*) FROM orders";
 *
 *     @Test
 *     void aggregates(LakeJobClient client) {
 *         long id = client.jobs().createSqlJob(j -> j.name("orders").sqlBody(SQL)).job().jobId();
 *         client.jobs().run(id);
 *         client.jobs().waitUntil(id, JobStatus.JOB_FINISH, Duration.ofMinutes(1));
 *     }
 * }
 * }</pre>
 *
 * <p><b>Shared or isolated.</b> By default every class gets the run's one shared client: what a class
 * creates (queues, catalog databases and tables, variables, templates, jobs and job ids) is still
 * there for the next class, and after each top-level class the jobs it left running are stopped, so
 * the next class starts with free slots. A class annotated {@link IsolatedClient @IsolatedClient}
 * gets a client of its own instead, empty at its start and closed after it (its running jobs
 * cancelled), on the same warm cluster: clients built by the extension share the JVM's embedded
 * cluster ({@link FlinkOptions#LOCAL_SHARED}), which starts at the first job of the run and stops
 * when the last client closes. {@code @Nested} classes use the client of the innermost enclosing
 * class that has one of its own, unless annotated themselves.
 *
 * <p><b>Folders.</b> Each client's warehouse (managed tables, and the {@code obs://} stand-in),
 * uploaded resources and savepoints live in a temporary folder of the extension's, deleted when the
 * client closes and, at the latest, when the JVM ends.
 *
 * <p><b>Parallel test classes</b> ({@code junit.jupiter.execution.parallel.enabled=true}): give each
 * class that runs jobs its own client with {@link IsolatedClient @IsolatedClient}. The shared client
 * is thread-safe, but classes running at once on it see each other's objects, and names they both
 * use clash; in parallel mode the extension does not stop the shared client's jobs after a class
 * (another class may still be using them). All clients compete for the cluster's task slots: a job
 * waits for free slots like on any Flink cluster, so keep parallelism and concurrent jobs within
 * them.
 *
 * <p>The cluster has 8 task slots; set the system property {@code lakejob.flink.slots} to change it.
 * Needs {@code junit-jupiter-api} (which every JUnit 5 suite has) and Flink on the test class path.
 */
public final class LakeJobFlinkExtension implements ParameterResolver, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LakeJobFlinkExtension.class);

    /** Creates the extension; JUnit calls this. */
    public LakeJobFlinkExtension() {}

    /** A client of the extension's, with its folder; closed by JUnit with the store that holds it. */
    private static final class OwnedClient implements ExtensionContext.Store.CloseableResource {
        private final Path folder;
        private final LakeJobClient client;

        OwnedClient() {
            this.folder = TempFolders.create();
            try {
                this.client = LakeJobClient.builder()
                        .endpoint("flink:local")
                        .property(FlinkOptions.LOCAL_SLOTS, System.getProperty("lakejob.flink.slots", "8"))
                        .property(FlinkOptions.LOCAL_SHARED, "true")
                        .property(
                                FlinkOptions.WAREHOUSE_DIR,
                                folder.resolve("warehouse").toString())
                        .property(
                                FlinkOptions.RESOURCES_DIR,
                                folder.resolve("resources").toString())
                        .property(
                                FlinkOptions.SAVEPOINT_DIR,
                                folder.resolve("savepoints").toString())
                        .build();
            } catch (RuntimeException e) {
                TempFolders.delete(folder);
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                client.close();
            } finally {
                TempFolders.delete(folder);
            }
        }
    }

    /** The shared client (root store), or the one of the innermost class context marked isolated. */
    private static OwnedClient owned(ExtensionContext context) {
        ExtensionContext owner = owner(context);
        // Keyed by the owner: a store also answers with what its parents hold, and a nested class's
        // own client must not be found in its enclosing class's store.
        return owner.getStore(NAMESPACE)
                .getOrComputeIfAbsent(owner.getUniqueId(), k -> new OwnedClient(), OwnedClient.class);
    }

    /** The context whose store holds the client for this context. */
    private static ExtensionContext owner(ExtensionContext context) {
        for (Optional<ExtensionContext> c = Optional.of(context);
                c.isPresent();
                c = c.get().getParent()) {
            ExtensionContext x = c.get();
            if (x.getTestMethod().isEmpty()
                    && x.getTestClass().isPresent()
                    && x.getTestClass().get().isAnnotationPresent(IsolatedClient.class)) {
                return x;
            }
        }
        return context.getRoot();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LakeJobClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return owned(context).client;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ExtensionContext owner = owner(context);
        boolean topLevel =
                context.getParent().flatMap(ExtensionContext::getTestClass).isEmpty();
        // An isolated client is closed with its class (its jobs cancelled); the shared one's jobs are
        // stopped after each top-level class, unless classes run in parallel.
        if (owner != context.getRoot()
                || !topLevel
                || context.getConfigurationParameter("junit.jupiter.execution.parallel.enabled")
                        .map(Boolean::parseBoolean)
                        .orElse(false)) {
            return;
        }
        OwnedClient shared = owner.getStore(NAMESPACE).get(owner.getUniqueId(), OwnedClient.class);
        if (shared == null) {
            return;
        }
        LakeJobClient client = shared.client;
        List<Long> running = new ArrayList<>();
        for (FlinkJob job :
                client.jobs().listAll(ListFlinkJobsRequest.builder().limit(100).build())) {
            if (JobStatus.JOB_RUNNING.equals(job.status()) || JobStatus.JOB_SUBMITTING.equals(job.status())) {
                running.add(job.jobId());
            }
        }
        for (long id : running) {
            client.jobs().stop(id, false);
        }
    }

    /** The extension's temporary folders: deleted when their client closes, or when the JVM ends. */
    static final class TempFolders {
        private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

        static {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                for (Path p : List.copyOf(LIVE)) {
                                    delete(p);
                                }
                            },
                            "lakejob-junit-temp-cleanup"));
        }

        private TempFolders() {}

        static Path create() {
            try {
                Path p = Files.createTempDirectory("lakejob-junit-");
                LIVE.add(p);
                return p;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a temporary folder for LakeJobFlinkExtension", e);
            }
        }

        static Set<Path> live() {
            return Set.copyOf(LIVE);
        }

        static void delete(Path root) {
            LIVE.remove(root);
            if (!Files.exists(root)) {
                return;
            }
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        Files.deleteIfExists(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // Best effort: a file still open elsewhere stays; the system's temp cleaning has it.
            }
        }
    }
}
