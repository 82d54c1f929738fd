package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.connection.AvailableQueueInfo;
import io.lakejob.sdk.model.connection.Connection;
import io.lakejob.sdk.model.connection.ConnectionStatus;
import io.lakejob.sdk.model.connection.Host;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LakeJobFlinkExtension.class)
class FlinkConnectionTest {

    @Test
    void connectionsBindToQueuesAfterTheirHostsAreReached(LakeJobClient client) {
        String name = "conn_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String id = client.connections()
                .create(c -> c.name(name)
                        .destVpcId("vpc")
                        .destNetworkId("net")
                        .hosts(List.of(Host.of("db-host", "127.0.0.1"))))
                .connectionId();
        Connection created = client.connections().get(id).connection();
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.availableQueueInfo()).isEmpty();

        client.connections().associateQueues(id, List.of("default"));
        List<AvailableQueueInfo> bound =
                client.connections().get(id).connection().availableQueueInfo();
        assertThat(bound).singleElement().satisfies(q -> {
            assertThat(q.name()).isEqualTo("default");
            assertThat(q.status()).isEqualTo(ConnectionStatus.ACTIVE);
        });
        assertThatThrownBy(() -> client.connections().associateQueues(id, List.of("no_such_queue")))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0002"));

        client.connections().updateHosts(id, List.of(Host.of("db2", "127.0.0.2")));
        assertThat(client.connections().get(id).connection().hosts()).containsExactly(Host.of("db2", "127.0.0.2"));

        assertThat(client.connections().list(l -> l.name(name)).items())
                .extracting(Connection::id)
                .containsExactly(id);
        client.connections().disassociateQueues(id, List.of("default"));
        assertThat(client.connections().get(id).connection().availableQueueInfo())
                .isEmpty();
        client.connections().delete(id);
        assertThatThrownBy(() -> client.connections().get(id))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0002"));
    }
}
