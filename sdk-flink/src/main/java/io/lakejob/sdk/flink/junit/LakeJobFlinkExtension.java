package io.lakejob.sdk.flink.junit;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.flink.FlinkOptions;
import io.lakejob.sdk.model.job.FlinkJob;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.ListFlinkJobsRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives tests a {@code flink:local} {@link LakeJobClient} backed by one
 * embedded Flink cluster, shared (and kept warm) by every test class of the run and closed when
 * the run ends. After each test class, jobs the class left running are stopped, so the next class
 * starts with free slots.
 *
 * <pre>{@code
 * @ExtendWith(LakeJobFlinkExtension.class)
 * class OrdersJobTest {
 *     @Test
 *     void aggregates(LakeJobClient client) {
 *         long id = client.jobs().createSqlJob(j -> j.name("orders").sqlBody(sql)).jobId();
 *         client.jobs().run(id);
 *         client.jobs().waitUntil(id, JobStatus.JOB_FINISH, Duration.ofMinutes(1));
 *     }
 * }
 * }</pre>
 *
 * <p>The cluster has 8 task slots; set the system property {@code lakejob.flink.slots} to change it.
 * Needs {@code junit-jupiter-api} (which every JUnit 5 suite has) and Flink on the test class path.
 */
public final class LakeJobFlinkExtension implements ParameterResolver, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LakeJobFlinkExtension.class);

    /** Creates the extension; JUnit calls this. */
    public LakeJobFlinkExtension() {}

    /** Holds the shared client in the root store, so JUnit closes it after the last test of the run. */
    private static final class SharedClient implements ExtensionContext.Store.CloseableResource {
        private final LakeJobClient client = LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.LOCAL_SLOTS, System.getProperty("lakejob.flink.slots", "8"))
                .build();

        @Override
        public void close() {
            client.close();
        }
    }

    private static LakeJobClient client(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedClient.class, k -> new SharedClient(), SharedClient.class)
                .client;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LakeJobClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return client(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getRoot().getStore(NAMESPACE).get(SharedClient.class) == null) {
            return;
        }
        LakeJobClient client = client(context);
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
}
