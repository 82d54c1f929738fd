package io.lakejob.sdk.flink.internal.targets.yarn;

import io.lakejob.sdk.flink.internal.targets.ClusterState;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.flink.core.execution.JobClient;

/**
 * Watches the YARN applications whose jobs a client follows, so that a job whose application died
 * is not shown running until Flink's client gives up: Flink's REST client retries a JobManager that
 * stopped answering for about 20 seconds ({@code rest.retry.max-attempts} x {@code
 * rest.retry.delay}), and not at all a host that vanished. Every {@link #PERIOD} the watch reads the
 * application report of each application with a job result awaited; once an application is seen
 * over (ended or unknown) on two reads in a row (one period's grace for Flink's own answer, which
 * says more), every awaited result of it fails with {@link ApplicationEndedException}. {@code
 * RunFollower} then takes the resource manager's verdict: an application killed outside the client
 * ends its jobs {@code job_running_exception} with YARN's diagnostics, within about two periods and
 * one report read of the kill.
 */
final class ApplicationWatch implements AutoCloseable {
    /** How often the reports of watched applications are read. */
    static final Duration PERIOD = Duration.ofSeconds(1);

    private final Function<String, ClusterState> states;
    private final Map<String, Set<CompletableFuture<?>>> waiting = new ConcurrentHashMap<>();
    private final Map<String, Integer> seenOver = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;
    private boolean closed;

    /**
     * Creates a watch.
     *
     * @param states reads an application's state from the resource manager
     */
    ApplicationWatch(Function<String, ClusterState> states) {
        this.states = states;
    }

    /**
     * Flink's client for a job, whose result also fails once the job's application is over, and
     * whose calls never throw (a client that cannot be made yet, during a JobManager failover, is a
     * failed future).
     *
     * @param client Flink's client
     * @param applicationId the job's application
     * @return the watched client, implementing every interface {@code client} implements
     */
    JobClient watch(JobClient client, String applicationId) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> c = client.getClass(); c != null; c = c.getSuperclass()) {
            interfaces.addAll(List.of(c.getInterfaces()));
        }
        interfaces.add(JobClient.class);
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "watched " + client + " of " + applicationId;
                };
            }
            Object result;
            try {
                result = method.invoke(client, args);
            } catch (InvocationTargetException e) {
                if (CompletableFuture.class.isAssignableFrom(method.getReturnType())
                        && e.getCause() instanceof RuntimeException) {
                    return CompletableFuture.failedFuture(e.getCause());
                }
                throw e.getCause();
            }
            if (method.getName().equals("getJobExecutionResult")
                    && method.getParameterCount() == 0
                    && result instanceof CompletableFuture<?> f) {
                return awaited(applicationId, f);
            }
            return result;
        };
        return (JobClient)
                Proxy.newProxyInstance(JobClient.class.getClassLoader(), interfaces.toArray(new Class<?>[0]), h);
    }

    private synchronized <T> CompletableFuture<T> awaited(String applicationId, CompletableFuture<T> result) {
        CompletableFuture<T> out = new CompletableFuture<>();
        result.whenComplete((v, e) -> {
            if (e == null) {
                out.complete(v);
            } else {
                out.completeExceptionally(e);
            }
        });
        if (closed) {
            return out;
        }
        Set<CompletableFuture<?>> set = waiting.computeIfAbsent(applicationId, k -> ConcurrentHashMap.newKeySet());
        set.add(out);
        out.whenComplete((v, e) -> set.remove(out));
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "lakejob-yarn-watch");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::tick, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        }
        return out;
    }

    /** Reads the report of each application with an awaited result. */
    void tick() {
        for (Map.Entry<String, Set<CompletableFuture<?>>> e : waiting.entrySet()) {
            String id = e.getKey();
            if (e.getValue().isEmpty()) {
                seenOver.remove(id);
                continue;
            }
            ClusterState s;
            try {
                s = states.apply(id);
            } catch (RuntimeException ex) {
                continue;
            }
            if (!s.isOver()) {
                seenOver.remove(id);
                continue;
            }
            if (seenOver.merge(id, 1, Integer::sum) < 2) {
                continue;
            }
            ApplicationEndedException ended = new ApplicationEndedException(id, s);
            for (CompletableFuture<?> f : List.copyOf(e.getValue())) {
                f.completeExceptionally(ended);
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.shutdownNow();
        }
        waiting.clear();
    }

    /** A job's result is not coming: its YARN application is over. */
    static final class ApplicationEndedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ApplicationEndedException(String applicationId, ClusterState state) {
            super("The YARN application " + applicationId + " is " + state.phase()
                    + (state.finalStatus() == null ? "" : " (final status " + state.finalStatus() + ")")
                    + (state.detail().isEmpty() ? "" : ": " + state.detail()));
        }
    }
}
