package io.lakejob.sdk.flink.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.model.job.CheckpointMode;
import io.lakejob.sdk.model.job.CreateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import java.util.List;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Job definitions in metadata files keep their flat shape now that the settings are one value. */
class FlatSettingsTest {
    /** A document holding a definition, as the jobs document does. */
    record Holder(long id, CreateFlinkSqlJobRequest definition, CreateFlinkJarJobRequest jarDefinition) {}

    @Test
    void aDefinitionIsWrittenWithItsSettingsBesideItsOtherFields() throws Exception {
        CreateFlinkSqlJobRequest d = CreateFlinkSqlJobRequest.builder()
                .name("j")
                .sqlBody("SELECT 1")
                .cuNumber(4)
                .parallelNumber(2)
                .checkpointMode(CheckpointMode.AT_LEAST_ONCE)
                .build();
        JsonNode tree = MetadataJson.mapper().valueToTree(new Holder(7, d, null));
        JsonNode def = tree.get("definition");
        assertThat(def.has("settings")).isFalse();
        assertThat(def.get("name").asText()).isEqualTo("j");
        assertThat(def.get("parallelNumber").asInt()).isEqualTo(2);
        assertThat(def.get("cuNumber").asInt()).isEqualTo(4);
        assertThat(def.get("checkpointMode").asText()).isEqualTo("at_least_once");

        Holder back = MetadataJson.mapper().treeToValue(tree, Holder.class);
        assertThat(back.definition()).isEqualTo(d);
        assertThat(back.jarDefinition()).isNull();
    }

    @Test
    void aFlatDefinitionWrittenByAnEarlierClientKeepsItsSettings() throws Exception {
        String earlier = "{\"id\":3,\"definition\":{\"name\":\"old\",\"sqlBody\":\"SELECT 1\",\"cuNumber\":2,"
                + "\"parallelNumber\":3,\"checkpointEnabled\":false,\"idleStateRetention\":60,\"tags\":[]},"
                + "\"jarDefinition\":{\"name\":\"jar\",\"mainClass\":\"a.B\",\"parallelNumber\":5,"
                + "\"dependencyJars\":[\"g/x.jar\"],\"dependencyFiles\":[],\"tags\":[]}}";
        Holder h = MetadataJson.mapper().readValue(earlier, Holder.class);
        assertThat(h.definition().parallelNumber()).isEqualTo(3);
        assertThat(h.definition().cuNumber()).isEqualTo(2);
        assertThat(h.definition().idleStateRetention()).isEqualTo(60);
        assertThat(h.definition().checkpointEnabled()).isFalse();
        assertThat(h.jarDefinition().parallelNumber()).isEqualTo(5);
        assertThat(h.jarDefinition().dependencyJars()).containsExactly("g/x.jar");
        assertThat(h.jarDefinition().mainClass()).isEqualTo("a.B");
    }

    @Test
    void aNestedDefinitionIsReadToo() throws Exception {
        String nested = "{\"name\":\"n\",\"settings\":{\"parallelNumber\":4},\"tags\":[]}";
        CreateFlinkSqlJobRequest d = MetadataJson.mapper().readValue(nested, CreateFlinkSqlJobRequest.class);
        assertThat(d.parallelNumber()).isEqualTo(4);
        assertThat(d.tags()).isEqualTo(List.of());
    }
}
