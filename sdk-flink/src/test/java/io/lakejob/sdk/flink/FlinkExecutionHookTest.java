package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lakejob.sdk.ExecutionHook;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.model.variable.ListGlobalVariablesRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Flink transport fires the execution hooks once per operation (no cluster is started here). */
class FlinkExecutionHookTest {

    @Test
    void oneAttemptPerOperationWithTheTypedExceptionOnFailure() {
        List<Object> events = Collections.synchronizedList(new ArrayList<>());
        ExecutionHook recorder = new ExecutionHook() {
            @Override
            public void beforeSend(Request request) {
                events.add(request);
            }

            @Override
            public void afterResponse(Response response) {
                events.add(response);
            }

            @Override
            public void onError(Failure failure) {
                events.add(failure);
            }
        };
        try (LakeJobClient client = LakeJobClient.builder()
                .endpoint("flink:local")
                .addExecutionHook(recorder)
                .build()) {
            client.variables().list(ListGlobalVariablesRequest.builder().build());
            Throwable t = catchThrowable(() -> client.jobs().get(424242L));
            assertThat(t).isInstanceOf(ServiceException.class);
        }
        assertThat(events).hasSize(4);
        ExecutionHook.Request list = (ExecutionHook.Request) events.get(0);
        assertThat(list.transport()).isEqualTo("flink");
        assertThat(list.operation()).isEqualTo("ListGlobalVariables");
        assertThat(list.attempt()).isEqualTo(1);
        assertThat(list.method()).isNull();
        assertThat(list.path()).isNull();
        assertThat(list.headers()).isEmpty();
        ExecutionHook.Response listed = (ExecutionHook.Response) events.get(1);
        assertThat(listed.statusCode()).isZero();
        assertThat(listed.duration()).isEqualTo(listed.sinceCallStart());
        ExecutionHook.Failure missing = (ExecutionHook.Failure) events.get(3);
        assertThat(missing.operation()).isEqualTo(((ExecutionHook.Request) events.get(2)).operation());
        assertThat(missing.exception()).isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.errorCode())
                .isEqualTo("DLI.0002"));
    }
}
