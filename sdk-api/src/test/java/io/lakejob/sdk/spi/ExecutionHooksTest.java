package io.lakejob.sdk.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.ExecutionHook;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.testing.RecordingTransport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Firing hooks: order, isolation from a broken hook, and the one-attempt form of local transports. */
class ExecutionHooksTest {
    private final List<String> seen = new ArrayList<>();

    private ExecutionHook named(String name) {
        return new ExecutionHook() {
            @Override
            public void beforeSend(Request request) {
                seen.add(name + " before " + request.operation() + "#" + request.attempt());
            }

            @Override
            public void afterResponse(Response response) {
                seen.add(name + " after " + response.operation() + " status " + response.statusCode());
            }

            @Override
            public void onError(Failure failure) {
                seen.add(name + " error " + failure.exception().getClass().getSimpleName() + ": "
                        + failure.exception().getMessage());
            }
        };
    }

    private static final ExecutionHook BROKEN = new ExecutionHook() {
        @Override
        public void beforeSend(Request request) {
            throw new IllegalStateException("boom");
        }

        @Override
        public void onError(Failure failure) {
            throw new IllegalStateException("boom");
        }
    };

    @Test
    void aroundFiresOneAttemptInOrderAndABrokenHookChangesNothing() {
        ExecutionHooks hooks = ExecutionHooks.of(List.of(named("a"), BROKEN, named("b")));
        assertThat(hooks.around("local", "ListQueues", () -> "result")).isEqualTo("result");
        assertThat(seen)
                .containsExactly(
                        "a before ListQueues#1",
                        "b before ListQueues#1",
                        "a after ListQueues status 0",
                        "b after ListQueues status 0");
    }

    @Test
    void failuresReachTheHooksTypedAndAreRethrownAsTheyAre() {
        ExecutionHooks hooks = ExecutionHooks.of(List.of(BROKEN, named("a")));
        ServiceException notFound = new ServiceException(0, "DLI.0002", "no job 7", null, false);
        assertThatThrownBy(() -> hooks.around("local", "GetFlinkJob", () -> {
                    throw notFound;
                }))
                .isSameAs(notFound);
        IllegalArgumentException bug = new IllegalArgumentException("a bug");
        assertThatThrownBy(() -> hooks.around("local", "GetFlinkJob", () -> {
                    throw bug;
                }))
                .isSameAs(bug);
        assertThat(seen)
                .containsExactly(
                        "a before GetFlinkJob#1",
                        "a error ServiceException: Service error DLI.0002: no job 7",
                        "a before GetFlinkJob#1",
                        "a error LakeJobException: GetFlinkJob failed: java.lang.IllegalArgumentException");
    }

    @Test
    void requestViewsAreImmutableCopies() {
        Map<String, String> headers = new HashMap<>(Map.of("User-Agent", "x"));
        ExecutionHook.Request r = new ExecutionHook.Request("cloud", "GetQueue", 1, "GET", "/p", headers);
        headers.put("Later", "y");
        assertThat(r.headers()).containsOnlyKeys("User-Agent");
        assertThatThrownBy(() -> r.headers().put("X", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ExecutionHooks.of(null)).isSameAs(ExecutionHooks.NONE);
        assertThat(new LakeJobException("x")).isNotNull();
    }

    @Test
    void theBuilderHandsTheHooksToTheTransportInOrder() {
        RecordingTransport t = new RecordingTransport();
        ExecutionHook a = named("a");
        ExecutionHook b = named("b");
        try (LakeJobClient client = LakeJobClient.builder()
                .endpoint("test:x")
                .addExecutionHook(a)
                .addExecutionHook(b)
                .transport(t.provider())
                .build()) {
            assertThat(t.configuration().hooks().list()).containsExactly(a, b);
        }
        try (LakeJobClient client = LakeJobClient.builder()
                .endpoint("test:x")
                .transport(t.provider())
                .build()) {
            assertThat(t.configuration().hooks()).isSameAs(ExecutionHooks.NONE);
        }
    }
}
