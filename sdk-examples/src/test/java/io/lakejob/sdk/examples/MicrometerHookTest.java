package io.lakejob.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.model.variable.ListGlobalVariablesRequest;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The Micrometer example records one timer per operation and outcome. */
class MicrometerHookTest {

    @Test
    void recordsATimerPerOperation() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (LakeJobClient client = LakeJobClient.builder()
                .endpoint("flink:local")
                .addExecutionHook(new MicrometerHook(registry))
                .build()) {
            client.variables().list(ListGlobalVariablesRequest.builder().build());
            client.variables().list(ListGlobalVariablesRequest.builder().build());
            client.queues().list(q -> {});
            assertThat(catchThrowable(() -> client.jobs().get(4242L))).isInstanceOf(ServiceException.class);
        }
        Timer variables = registry.get(MicrometerHook.TIMER)
                .tag("operation", "ListGlobalVariables")
                .tag("outcome", "success")
                .tag("transport", "flink")
                .timer();
        assertThat(variables.count()).isEqualTo(2);
        assertThat(registry.get(MicrometerHook.TIMER)
                        .tag("operation", "ListQueues")
                        .timer()
                        .count())
                .isEqualTo(1);
        Timer missing = registry.get(MicrometerHook.TIMER)
                .tag("operation", "GetFlinkJob")
                .tag("outcome", "service_error")
                .tag("error_code", "DLI.0002")
                .timer();
        assertThat(missing.count()).isEqualTo(1);
        assertThat(registry.get(MicrometerHook.TIMER).timers()).hasSize(3);
    }
}
