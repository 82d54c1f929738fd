package io.lakejob.sdk.spi;

import io.lakejob.sdk.ExecutionHook;
import io.lakejob.sdk.exception.LakeJobException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ExecutionHook}s of a client, as a transport fires them: in order, each hook's failure
 * logged (once per hook class) and ignored. A transport that sends HTTP requests fires
 * {@link #beforeSend}, then {@link #afterResponse} or {@link #onError} for each one; a transport
 * without requests wraps each operation in {@link #around}.
 */
public final class ExecutionHooks {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutionHooks.class);
    private static final Set<Class<?>> WARNED = ConcurrentHashMap.newKeySet();

    /** No hooks. */
    public static final ExecutionHooks NONE = new ExecutionHooks(List.of());

    private final List<ExecutionHook> hooks;

    private ExecutionHooks(List<ExecutionHook> hooks) {
        this.hooks = hooks;
    }

    /**
     * The hooks of a list, in its order.
     *
     * @param hooks the hooks (no {@code null} element)
     * @return the hooks
     */
    public static ExecutionHooks of(List<ExecutionHook> hooks) {
        return hooks == null || hooks.isEmpty() ? NONE : new ExecutionHooks(List.copyOf(hooks));
    }

    /**
     * The hooks, in order.
     *
     * @return an unmodifiable list
     */
    public List<ExecutionHook> list() {
        return hooks;
    }

    /**
     * Whether there are none (a transport can then skip building what they would see).
     *
     * @return {@code true} without hooks
     */
    public boolean isEmpty() {
        return hooks.isEmpty();
    }

    /**
     * Fires {@link ExecutionHook#beforeSend}.
     *
     * @param request the redacted request
     */
    public void beforeSend(ExecutionHook.Request request) {
        for (ExecutionHook h : hooks) {
            try {
                h.beforeSend(request);
            } catch (RuntimeException e) {
                failed(h, e);
            }
        }
    }

    /**
     * Fires {@link ExecutionHook#afterResponse}.
     *
     * @param response the response
     */
    public void afterResponse(ExecutionHook.Response response) {
        for (ExecutionHook h : hooks) {
            try {
                h.afterResponse(response);
            } catch (RuntimeException e) {
                failed(h, e);
            }
        }
    }

    /**
     * Fires {@link ExecutionHook#onError}.
     *
     * @param failure the failure
     */
    public void onError(ExecutionHook.Failure failure) {
        for (ExecutionHook h : hooks) {
            try {
                h.onError(failure);
            } catch (RuntimeException e) {
                failed(h, e);
            }
        }
    }

    /**
     * Runs one operation as one attempt: {@link #beforeSend} (no method, path or headers), the
     * work, then {@link #afterResponse} (status 0, no request id) or {@link #onError}. An
     * exception that is not the SDK's is passed to the hooks wrapped in a {@link LakeJobException}
     * and rethrown as it is.
     *
     * @param transport the transport's name
     * @param operation the operation's name
     * @param work the operation
     * @param <R> the result type
     * @return the work's result
     */
    public <R> R around(String transport, String operation, Supplier<R> work) {
        if (hooks.isEmpty()) {
            return work.get();
        }
        long start = System.nanoTime();
        beforeSend(new ExecutionHook.Request(transport, operation, 1, null, null, Map.of()));
        R result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            Duration d = Duration.ofNanos(System.nanoTime() - start);
            LakeJobException typed = e instanceof LakeJobException l
                    ? l
                    : new LakeJobException(
                            operation + " failed: " + e.getClass().getName(), e);
            onError(new ExecutionHook.Failure(transport, operation, 1, typed, d, d));
            throw e;
        }
        Duration d = Duration.ofNanos(System.nanoTime() - start);
        afterResponse(new ExecutionHook.Response(transport, operation, 1, 0, null, d, d));
        return result;
    }

    private static void failed(ExecutionHook hook, RuntimeException e) {
        if (WARNED.add(hook.getClass())) {
            LOG.warn(
                    "The execution hook {} failed ({}); it is ignored",
                    hook.getClass().getName(),
                    e.toString());
        } else {
            LOG.debug("The execution hook {} failed again", hook.getClass().getName(), e);
        }
    }

    @Override
    public String toString() {
        return "ExecutionHooks"
                + hooks.stream().map(h -> h.getClass().getName()).toList();
    }
}
