package io.lakejob.sdk.cloud.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.auth.SignableRequest;
import io.lakejob.sdk.cloud.internal.codec.Codecs;
import io.lakejob.sdk.cloud.internal.codec.OperationCodec;
import io.lakejob.sdk.cloud.internal.http.Endpoint;
import io.lakejob.sdk.model.queue.CreateQueueRequest;
import io.lakejob.sdk.model.queue.CreateQueueResponse;
import io.lakejob.sdk.model.queue.ListQueuesRequest;
import io.lakejob.sdk.model.queue.ListQueuesResponse;
import io.lakejob.sdk.model.queue.QueueType;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.QueueOperations;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A request with no parameter of its own is prepared once per operation and reused; any path
 * parameter, query or body makes a request of its own. Nothing is sent.
 */
class PrepareTest {
    private static final String PROJECT = "48cc2c48765f481480c7db940d6409d1";

    private static RestTransport transport() {
        ClientConfiguration config = new ClientConfiguration(
                "https://dli.example.com",
                PROJECT,
                Credentials.akSk("AK0000000000000000001", "SK"),
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                RetryPolicy.none(),
                Clock.systemUTC(),
                null,
                Map.of());
        return new RestTransport(config, Endpoint.parse(config.endpoint(), false), 2);
    }

    @SuppressWarnings("unchecked")
    private static <Q, R> OperationCodec<Q, R> codec(String name) {
        return (OperationCodec<Q, R>) Codecs.all().get(name);
    }

    @Test
    void aRequestWithoutParametersIsPreparedOnceAndReused() {
        OperationCodec<ListQueuesRequest, ListQueuesResponse> list = codec(QueueOperations.LIST_QUEUES.name());
        try (RestTransport t = transport()) {
            SignableRequest first = t.prepare(list, ListQueuesRequest.builder().build());
            SignableRequest again = t.prepare(list, ListQueuesRequest.builder().build());
            assertThat(again).isSameAs(first);
            assertThat(first.encodedPath()).isEqualTo("/v1.0/" + PROJECT + "/queues");
            assertThat(first.encodedQuery()).isEmpty();
            assertThat(first.headers())
                    .containsEntry("X-Project-Id", PROJECT)
                    .containsEntry("Host", "dli.example.com")
                    .doesNotContainKey("Authorization");

            // A query makes a request of its own, every time; the reused one is unchanged.
            ListQueuesRequest filtered =
                    ListQueuesRequest.builder().queueType(QueueType.SQL).build();
            SignableRequest withQuery = t.prepare(list, filtered);
            assertThat(withQuery.encodedQuery()).isEqualTo("queue_type=sql");
            assertThat(t.prepare(list, filtered)).isNotSameAs(withQuery);
            assertThat(t.prepare(list, ListQueuesRequest.builder().build())).isSameAs(first);
        }
    }

    @Test
    void aRequestWithABodyIsPreparedEveryTime() {
        OperationCodec<CreateQueueRequest, CreateQueueResponse> create = codec(QueueOperations.CREATE_QUEUE.name());
        CreateQueueRequest request =
                CreateQueueRequest.builder().queueName("q1").cuCount(16).build();
        try (RestTransport t = transport()) {
            SignableRequest first = t.prepare(create, request);
            assertThat(new String(first.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"queue_name\":\"q1\"");
            assertThat(t.prepare(create, request)).isNotSameAs(first);
        }
    }
}
