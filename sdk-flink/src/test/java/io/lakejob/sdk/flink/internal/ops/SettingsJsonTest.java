package io.lakejob.sdk.flink.internal.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.model.job.CheckpointMode;
import io.lakejob.sdk.model.job.FlinkJobSettings;
import io.lakejob.sdk.model.job.FlinkJobSettings.Field;
import io.lakejob.sdk.model.job.FlinkJobSettings.Group;
import java.util.List;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Exported job definitions write and read each setting under its one wire name. */
class SettingsJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySetFieldGoesOutUnderItsWireNameAndComesBack() {
        FlinkJobSettings s = FlinkJobSettings.builder()
                .cuNumber(4)
                .parallelNumber(2)
                .logEnabled(true)
                .obsBucket("bucket")
                .checkpointMode(CheckpointMode.AT_LEAST_ONCE)
                .idleStateRetention(3600)
                .runtimeConfig("{\"a\":1}")
                .dependencyJars(List.of("g/a.jar", "g/b.jar"))
                .build();
        ObjectNode n = JSON.createObjectNode();
        SettingsJson.write(s, n);

        assertThat(n.get("parallel_number").asInt()).isEqualTo(2);
        assertThat(n.get("checkpoint_mode").asText()).isEqualTo("at_least_once");
        assertThat(n.get("log_enabled").asBoolean()).isTrue();
        assertThat(n.get("dependency_jars")).hasSize(2);
        assertThat(n.has("tm_cus")).isFalse();
        assertThat(n.size()).isEqualTo(s.values().size());

        assertThat(SettingsJson.read(n, Group.values())).isEqualTo(s);
        // Only the groups asked for: the jar's dependencies are not a SQL job's.
        FlinkJobSettings sql = SettingsJson.read(n, Group.COMMON, Group.SQL);
        assertThat(sql.dependencyJars()).isEmpty();
        assertThat(sql.parallelNumber()).isEqualTo(2);
    }

    @Test
    void aValueOfTheWrongKindIsRefusedNamingTheField() {
        ObjectNode n = JSON.createObjectNode();
        n.putArray(Field.PARALLEL_NUMBER.wireName()).add(1);
        assertThatThrownBy(() -> SettingsJson.read(n, Group.COMMON))
                .isInstanceOf(LakeJobException.class)
                .hasMessageContaining("parallel_number");
    }
}
