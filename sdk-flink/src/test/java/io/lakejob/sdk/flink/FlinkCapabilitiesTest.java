package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.flink.internal.FlinkTransport;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.batch.CreateBatchRequest;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.Operations;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LakeJobFlinkExtension.class)
class FlinkCapabilitiesTest {

    @Test
    void sparkBatchesAndObsAuthorizationHaveNoFlinkMeaning(LakeJobClient client) {
        assertThatThrownBy(() -> client.batches()
                        .create(CreateBatchRequest.builder()
                                .file("batch/test.jar")
                                .className("com.example.Main")
                                .queue("default")
                                .build()))
                .isInstanceOfSatisfying(NotSupportedException.class, e -> {
                    assertThat(e.operation()).isEqualTo("CreateBatch");
                    assertThat(e.transport()).isEqualTo("flink");
                });
        assertThatThrownBy(() -> client.jobs().obsAuthorize("bucket"))
                .isInstanceOfSatisfying(NotSupportedException.class, e -> assertThat(e.operation())
                        .isEqualTo("ObsAuthorize"));
        assertThat(Operations.all().stream().filter(op -> op.group() == OperationGroup.BATCHES))
                .isNotEmpty()
                .noneMatch(op -> client.capabilities().supports(op));
    }

    @Test
    void everyOperationOutsideTheCapabilitiesIsRefusedWithTheTypedError() {
        ClientConfiguration config = new ClientConfiguration(
                "flink:local",
                null,
                null,
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                RetryPolicy.standard(),
                Clock.systemUTC(),
                null,
                Map.of());
        try (FlinkTransport t = new FlinkTransport(config)) {
            var unsupported = Operations.all().stream()
                    .filter(op -> !t.capabilities().supports(op))
                    .collect(Collectors.toList());
            assertThat(unsupported).isNotEmpty();
            for (Operation<?, ?> op : unsupported) {
                @SuppressWarnings("unchecked")
                Operation<Object, Object> o = (Operation<Object, Object>) op;
                assertThatThrownBy(() -> t.execute(o, new Object()))
                        .as(op.name())
                        .isInstanceOfSatisfying(NotSupportedException.class, e -> assertThat(e.operation())
                                .isEqualTo(op.name()));
            }
            // Capabilities name only catalogued operations.
            assertThat(t.capabilities().operations())
                    .allSatisfy(name -> assertThat(Operations.byName(name)).isPresent());
        }
    }
}
