package io.lakejob.sdk.model.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.job.FlinkJobSettings.Field;
import io.lakejob.sdk.model.job.FlinkJobSettings.Group;
import io.lakejob.sdk.model.sql.GetSqlJobStatusResponse;
import io.lakejob.sdk.model.sql.SqlJob;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared Flink job settings: one table of fields, overlay, groups, and the requests that carry them. */
class FlinkJobSettingsTest {

    @Test
    void eachFieldNamesItsComponentAndItsWireNameIsTheSnakeCaseOfIt() {
        RecordComponent[] components = FlinkJobSettings.class.getRecordComponents();
        assertThat(Field.values()).hasSize(components.length);
        for (Field f : Field.values()) {
            assertThat(f.javaName()).isEqualTo(components[f.ordinal()].getName());
            assertThat(f.wireName().replace("_", "")).as(f.name()).isEqualToIgnoringCase(f.javaName());
            assertThat(Field.byWireName(f.wireName())).contains(f);
        }
        assertThat(Field.PARALLEL_NUMBER.wireName()).isEqualTo("parallel_number");
        assertThat(Field.byWireName("idle_state_retenion")).isEmpty();
    }

    @Test
    void overlayReplacesOnlyTheFieldsThatAreSet() {
        FlinkJobSettings stored = FlinkJobSettings.builder()
                .cuNumber(4)
                .parallelNumber(2)
                .checkpointInterval(30)
                .dependencyJars(List.of("g/a.jar"))
                .build();
        FlinkJobSettings update = FlinkJobSettings.builder()
                .parallelNumber(3)
                .logEnabled(true)
                .dependencyJars(List.of())
                .build();

        FlinkJobSettings merged = stored.overlay(update);

        assertThat(merged.parallelNumber()).isEqualTo(3);
        assertThat(merged.logEnabled()).isTrue();
        assertThat(merged.cuNumber()).isEqualTo(4);
        assertThat(merged.checkpointInterval()).isEqualTo(30);
        // An empty list is unset: the stored dependencies stay.
        assertThat(merged.dependencyJars()).containsExactly("g/a.jar");
        assertThat(stored.parallelNumber()).as("the stored value is unchanged").isEqualTo(2);
    }

    @Test
    void onlyKeepsTheFieldsOfTheGroupsAsked() {
        FlinkJobSettings s = FlinkJobSettings.builder()
                .parallelNumber(2)
                .checkpointEnabled(false)
                .operatorConfig("{}")
                .entrypoint("g/main.jar")
                .build();
        assertThat(s.only(Group.COMMON, Group.SQL).values().keySet())
                .containsExactly(Field.PARALLEL_NUMBER, Field.CHECKPOINT_ENABLED);
        assertThat(s.only(Group.JAR).values()).isEqualTo(Map.of(Field.ENTRYPOINT, "g/main.jar"));
        assertThat(s.only().values()).isEmpty();
    }

    @Test
    void ofRefusesAValueOfTheWrongTypeNamingTheWireField() {
        assertThatThrownBy(() -> FlinkJobSettings.of(Map.of(Field.PARALLEL_NUMBER, "2")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("parallel_number");
        assertThat(FlinkJobSettings.of(Map.of(Field.CHECKPOINT_MODE, CheckpointMode.AT_LEAST_ONCE))
                        .checkpointMode())
                .isEqualTo(CheckpointMode.AT_LEAST_ONCE);
    }

    @Test
    void aRequestRefusesAFieldOfAnotherGroup() {
        FlinkJobSettings jarOnly =
                FlinkJobSettings.builder().entrypoint("g/main.jar").build();
        assertThatThrownBy(() -> CreateFlinkSqlJobRequest.builder()
                        .name("j")
                        .settings(jarOnly)
                        .build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("entrypoint");
        assertThat(CreateFlinkJarJobRequest.builder()
                        .name("j")
                        .settings(jarOnly)
                        .build()
                        .entrypoint())
                .isEqualTo("g/main.jar");
    }

    @Test
    void theRequestsSettersAndAccessorsGoThroughTheirSettings() {
        UpdateFlinkSqlJobRequest u = UpdateFlinkSqlJobRequest.builder()
                .jobId(7)
                .parallelNumber(2)
                .settings(s -> s.checkpointInterval(60))
                .edgeGroupIds(List.of("e1"))
                .build();
        assertThat(u.parallelNumber()).isEqualTo(2);
        assertThat(u.settings().checkpointInterval()).isEqualTo(60);
        assertThat(u.edgeGroupIds()).containsExactly("e1");
        assertThat(u.toBuilder().build()).isEqualTo(u);
        // The rules still hold through the shared value.
        assertThatThrownBy(() -> UpdateFlinkSqlJobRequest.builder()
                        .jobId(7)
                        .cuNumber(2)
                        .managerCuNumber(2)
                        .build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("manager_cu_number");
    }

    @Test
    void theSqlJobResponsesCarryOneSqlJob() {
        GetSqlJobStatusResponse r = GetSqlJobStatusResponse.builder()
                .isSuccess(true)
                .jobId("j1")
                .status(SqlJobStatus.RUNNING)
                .build();
        assertThat(r.job().jobId()).isEqualTo("j1");
        assertThat(r.status()).isEqualTo(SqlJobStatus.RUNNING);
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(SqlJob.Field.byWireName("queue_name")).contains(SqlJob.Field.QUEUE_NAME);
        assertThat(SqlJob.Field.values()).hasSize(SqlJob.class.getRecordComponents().length);
    }
}
