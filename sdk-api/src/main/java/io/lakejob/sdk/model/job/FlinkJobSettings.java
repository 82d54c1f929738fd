package io.lakejob.sdk.model.job;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.RecordValues;
import io.lakejob.sdk.internal.Validate;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The settings of a Flink job: resources, logs, restarts, checkpoints and the SQL and jar options
 * (reference 9.2-9.5 and the {@code job_config} of tables 9-37 and 9-42). The Flink job requests
 * ({@link CreateFlinkSqlJobRequest}, {@link UpdateFlinkSqlJobRequest}, {@link CreateFlinkJarJobRequest},
 * {@link UpdateFlinkJarJobRequest}) and {@link FlinkJobConfig} carry one such value instead of
 * repeating its fields; their builders and accessors for each field ({@code cuNumber(4)},
 * {@code parallelNumber()}) delegate to it.
 *
 * <p>Each field's name on the wire is written once, in {@link Field}; which requests take which
 * fields is its {@link Group}. Every field may be {@code null}, meaning unset: the service's
 * default when creating, "keep it" when updating. Lists are never {@code null}; empty is unset.
 * {@link #overlay} applies the set fields of one value to another (an update to a stored job).
 * A value alone is not validated; the request that carries it validates it in its {@code build()}.
 *
 * <p>The reference's table spells the retention field {@code idle_state_retenion} (unit hours)
 * in 9.2, while its example and 9.3 use {@code idle_state_retention} in seconds; this SDK uses the
 * latter. {@code checkpoint_mode} is documented as 1/2 in the tables and as names in the examples:
 * see {@link CheckpointMode}.
 *
 * @param cuNumber the CUs of the job, compute plus management (2-400); unset: 2
 * @param managerCuNumber the CUs of the job manager, part of {@code cu_number} and less than it; unset: 1
 * @param parallelNumber the parallelism (1-2000; for a SQL job at most 4 x (cu_number - manager_cu_number)); unset: 1
 * @param tmCus the CUs per task manager (positive); unset: 1
 * @param tmSlotNum the slots per task manager (positive); unset: the service's default
 * @param logEnabled whether job logs are saved to OBS ({@code obs_bucket} is then required); unset: false
 * @param obsBucket the OBS bucket (path) for checkpoints and logs; required when checkpoints or logs are on
 * @param smnTopic the SMN topic alerted when the job fails
 * @param restartWhenException whether the job restarts after an exception; unset: false
 * @param resumeCheckpoint whether a restart after an exception resumes from the latest checkpoint
 * @param resumeMaxNum the most restarts per hour: -1 (unlimited, the default) or positive
 * @param runtimeConfig custom runtime optimisation parameters
 * @param checkpointEnabled whether automatic checkpoints are on ({@code obs_bucket} is then required); unset: false
 * @param checkpointMode the checkpoint mode; unset: exactly once
 * @param checkpointInterval the checkpoint interval in seconds (not negative); unset: 10
 * @param idleStateRetention the idle state retention in seconds (not negative)
 * @param dirtyDataStrategy the dirty-data strategy: {@code "0"} ignore (the default), {@code "1"} throw, {@code "2:obsDir"} save under obsDir
 * @param udfJarUrl the uploaded UDF jar package of a SQL job
 * @param edgeGroupIds the edge computing group ids; never {@code null}
 * @param operatorConfig the per-operator parallelism, as JSON
 * @param staticEstimatorConfig the per-operator traffic and hit-rate configuration (static resource estimation), as JSON
 * @param checkpointPath where a jar job stores its checkpoints (different for every job)
 * @param entrypoint the uploaded package holding a jar job's main class
 * @param dependencyJars other uploaded jar packages of a jar job, for example {@code myGroup/test.jar}; never {@code null}
 * @param dependencyFiles uploaded dependency files of a jar job, for example {@code myGroup/test.csv}; never {@code null}
 */
public record FlinkJobSettings(
        Integer cuNumber,
        Integer managerCuNumber,
        Integer parallelNumber,
        Integer tmCus,
        Integer tmSlotNum,
        Boolean logEnabled,
        String obsBucket,
        String smnTopic,
        Boolean restartWhenException,
        Boolean resumeCheckpoint,
        Integer resumeMaxNum,
        String runtimeConfig,
        Boolean checkpointEnabled,
        CheckpointMode checkpointMode,
        Integer checkpointInterval,
        Integer idleStateRetention,
        String dirtyDataStrategy,
        String udfJarUrl,
        List<String> edgeGroupIds,
        String operatorConfig,
        String staticEstimatorConfig,
        String checkpointPath,
        String entrypoint,
        List<String> dependencyJars,
        List<String> dependencyFiles) {

    /** Every field unset. */
    public static final FlinkJobSettings NONE = builder().build();

    /**
     * Copies the lists (an unset list is empty).
     *
     * @param cuNumber the CUs of the job, compute plus management (2-400); unset: 2
     * @param managerCuNumber the CUs of the job manager, part of {@code cu_number} and less than it; unset: 1
     * @param parallelNumber the parallelism (1-2000; for a SQL job at most 4 x (cu_number - manager_cu_number)); unset: 1
     * @param tmCus the CUs per task manager (positive); unset: 1
     * @param tmSlotNum the slots per task manager (positive); unset: the service's default
     * @param logEnabled whether job logs are saved to OBS ({@code obs_bucket} is then required); unset: false
     * @param obsBucket the OBS bucket (path) for checkpoints and logs; required when checkpoints or logs are on
     * @param smnTopic the SMN topic alerted when the job fails
     * @param restartWhenException whether the job restarts after an exception; unset: false
     * @param resumeCheckpoint whether a restart after an exception resumes from the latest checkpoint
     * @param resumeMaxNum the most restarts per hour: -1 (unlimited, the default) or positive
     * @param runtimeConfig custom runtime optimisation parameters
     * @param checkpointEnabled whether automatic checkpoints are on ({@code obs_bucket} is then required); unset: false
     * @param checkpointMode the checkpoint mode; unset: exactly once
     * @param checkpointInterval the checkpoint interval in seconds (not negative); unset: 10
     * @param idleStateRetention the idle state retention in seconds (not negative)
     * @param dirtyDataStrategy the dirty-data strategy: {@code "0"} ignore (the default), {@code "1"} throw, {@code "2:obsDir"} save under obsDir
     * @param udfJarUrl the uploaded UDF jar package of a SQL job
     * @param edgeGroupIds the edge computing group ids; never {@code null}
     * @param operatorConfig the per-operator parallelism, as JSON
     * @param staticEstimatorConfig the per-operator traffic and hit-rate configuration (static resource estimation), as JSON
     * @param checkpointPath where a jar job stores its checkpoints (different for every job)
     * @param entrypoint the uploaded package holding a jar job's main class
     * @param dependencyJars other uploaded jar packages of a jar job, for example {@code myGroup/test.jar}; never {@code null}
     * @param dependencyFiles uploaded dependency files of a jar job, for example {@code myGroup/test.csv}; never {@code null}
     */
    public FlinkJobSettings {
        edgeGroupIds = Validate.list(Field.EDGE_GROUP_IDS.wireName(), edgeGroupIds);
        dependencyJars = Validate.list(Field.DEPENDENCY_JARS.wireName(), dependencyJars);
        dependencyFiles = Validate.list(Field.DEPENDENCY_FILES.wireName(), dependencyFiles);
    }

    /** Which requests take a field. */
    public enum Group {
        /** Every Flink job request (9.2-9.5) and {@link FlinkJobConfig}. */
        COMMON,
        /** The SQL job requests (9.2, 9.3). */
        SQL,
        /** Only the SQL job update (9.3). */
        SQL_UPDATE,
        /** The jar job requests (9.4, 9.5). */
        JAR
    }

    /**
     * One field of {@link FlinkJobSettings}: its name on the wire (the one place it is written)
     * and the requests that take it. The constants are in the order of the record's components.
     */
    public enum Field {
        /** {@link FlinkJobSettings#cuNumber()}. */
        CU_NUMBER("cu_number", Group.COMMON),
        /** {@link FlinkJobSettings#managerCuNumber()}. */
        MANAGER_CU_NUMBER("manager_cu_number", Group.COMMON),
        /** {@link FlinkJobSettings#parallelNumber()}. */
        PARALLEL_NUMBER("parallel_number", Group.COMMON),
        /** {@link FlinkJobSettings#tmCus()}. */
        TM_CUS("tm_cus", Group.COMMON),
        /** {@link FlinkJobSettings#tmSlotNum()}. */
        TM_SLOT_NUM("tm_slot_num", Group.COMMON),
        /** {@link FlinkJobSettings#logEnabled()}. */
        LOG_ENABLED("log_enabled", Group.COMMON),
        /** {@link FlinkJobSettings#obsBucket()}. */
        OBS_BUCKET("obs_bucket", Group.COMMON),
        /** {@link FlinkJobSettings#smnTopic()}. */
        SMN_TOPIC("smn_topic", Group.COMMON),
        /** {@link FlinkJobSettings#restartWhenException()}. */
        RESTART_WHEN_EXCEPTION("restart_when_exception", Group.COMMON),
        /** {@link FlinkJobSettings#resumeCheckpoint()}. */
        RESUME_CHECKPOINT("resume_checkpoint", Group.COMMON),
        /** {@link FlinkJobSettings#resumeMaxNum()}. */
        RESUME_MAX_NUM("resume_max_num", Group.COMMON),
        /** {@link FlinkJobSettings#runtimeConfig()}. */
        RUNTIME_CONFIG("runtime_config", Group.COMMON),
        /** {@link FlinkJobSettings#checkpointEnabled()}. */
        CHECKPOINT_ENABLED("checkpoint_enabled", Group.SQL),
        /** {@link FlinkJobSettings#checkpointMode()}. */
        CHECKPOINT_MODE("checkpoint_mode", Group.SQL),
        /** {@link FlinkJobSettings#checkpointInterval()}. */
        CHECKPOINT_INTERVAL("checkpoint_interval", Group.SQL),
        /** {@link FlinkJobSettings#idleStateRetention()}; 9.2's table misspells it {@code idle_state_retenion}. */
        IDLE_STATE_RETENTION("idle_state_retention", Group.SQL),
        /** {@link FlinkJobSettings#dirtyDataStrategy()}. */
        DIRTY_DATA_STRATEGY("dirty_data_strategy", Group.SQL),
        /** {@link FlinkJobSettings#udfJarUrl()}. */
        UDF_JAR_URL("udf_jar_url", Group.SQL),
        /** {@link FlinkJobSettings#edgeGroupIds()}. */
        EDGE_GROUP_IDS("edge_group_ids", Group.SQL_UPDATE),
        /** {@link FlinkJobSettings#operatorConfig()}. */
        OPERATOR_CONFIG("operator_config", Group.SQL_UPDATE),
        /** {@link FlinkJobSettings#staticEstimatorConfig()}. */
        STATIC_ESTIMATOR_CONFIG("static_estimator_config", Group.SQL_UPDATE),
        /** {@link FlinkJobSettings#checkpointPath()}. */
        CHECKPOINT_PATH("checkpoint_path", Group.JAR),
        /** {@link FlinkJobSettings#entrypoint()}. */
        ENTRYPOINT("entrypoint", Group.JAR),
        /** {@link FlinkJobSettings#dependencyJars()}. */
        DEPENDENCY_JARS("dependency_jars", Group.JAR),
        /** {@link FlinkJobSettings#dependencyFiles()}. */
        DEPENDENCY_FILES("dependency_files", Group.JAR);

        private final String wireName;
        private final Group group;

        Field(String wireName, Group group) {
            this.wireName = wireName;
            this.group = group;
        }

        /**
         * The field's name on the wire and in exports, for example {@code parallel_number}.
         *
         * @return the name
         */
        public String wireName() {
            return wireName;
        }

        /**
         * Which requests take the field.
         *
         * @return the group
         */
        public Group group() {
            return group;
        }

        /**
         * The field's Java name, for example {@code parallelNumber}.
         *
         * @return the name of the record component
         */
        public String javaName() {
            return Components.ALL[ordinal()].getName();
        }

        /**
         * The type of the field's values: {@code Integer}, {@code Boolean}, {@code String},
         * {@link CheckpointMode} or {@code List} (of strings).
         *
         * @return the type
         */
        public Class<?> type() {
            return Components.ALL[ordinal()].getType();
        }

        /**
         * The field's value in some settings.
         *
         * @param settings the settings
         * @return the value; {@code null} or an empty list when unset
         */
        public Object valueIn(FlinkJobSettings settings) {
            return RecordValues.get(Components.ALL[ordinal()], settings);
        }

        /**
         * The fields of some groups, in component order.
         *
         * @param groups the groups
         * @return the fields
         */
        public static Set<Field> of(Group... groups) {
            Set<Group> wanted = groups.length == 0 ? Set.of() : EnumSet.of(groups[0], groups);
            Set<Field> out = EnumSet.noneOf(Field.class);
            for (Field f : values()) {
                if (wanted.contains(f.group)) {
                    out.add(f);
                }
            }
            return Collections.unmodifiableSet(out);
        }

        /**
         * The field with a wire name.
         *
         * @param wireName for example {@code parallel_number}
         * @return the field, or empty
         */
        public static Optional<Field> byWireName(String wireName) {
            for (Field f : values()) {
                if (f.wireName.equals(wireName)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** The record's components, checked once against {@link Field}. */
    private static final class Components {
        static final RecordComponent[] ALL = RecordValues.components(FlinkJobSettings.class, Field.values());
    }

    /**
     * A new builder, every field unset.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these settings.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        Object[] values = RecordValues.values(this);
        System.arraycopy(values, 0, b.values, 0, values.length);
        return b;
    }

    /**
     * Settings from field values. Fields not in the map are unset.
     *
     * @param values the values by field; each of the field's {@link Field#type()} (a list of strings
     *     for lists), or {@code null}
     * @return the settings
     * @throws ValidationException naming the field whose value has the wrong type
     */
    public static FlinkJobSettings of(Map<Field, ?> values) {
        Builder b = new Builder();
        values.forEach(b::set);
        return b.build();
    }

    /**
     * The fields that are set ({@code null} and empty lists are not), in component order.
     *
     * @return an unmodifiable map
     */
    public Map<Field, Object> values() {
        Map<Field, Object> out = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            Object v = f.valueIn(this);
            if (RecordValues.isSet(v)) {
                out.put(f, v);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * These settings with every field that is set in {@code changes} replaced: how an update
     * applies to a job's settings.
     *
     * @param changes the settings that win where they are set
     * @return the merged settings
     */
    public FlinkJobSettings overlay(FlinkJobSettings changes) {
        return RecordValues.overlay(this, changes);
    }

    /**
     * These settings with only the fields of some groups set: what a request of those groups
     * keeps of settings meant for a wider one (an SQL job update's settings applied to the job's
     * definition, which has no {@link Group#SQL_UPDATE} fields).
     *
     * @param groups the groups whose fields are kept
     * @return the settings, the other fields unset
     */
    public FlinkJobSettings only(Group... groups) {
        Set<Field> keep = Field.of(groups);
        Builder b = new Builder();
        values().forEach((f, v) -> {
            if (keep.contains(f)) {
                b.set(f, v);
            }
        });
        return b.build();
    }

    /**
     * The accessors of the {@link Group#COMMON} fields, for a type that carries settings.
     * Each returns the field of {@link #settings()}.
     */
    public interface CommonView {
        /**
         * The settings.
         *
         * @return the settings, never {@code null}
         */
        FlinkJobSettings settings();

        /**
         * {@return {@link FlinkJobSettings#cuNumber()}}
         */
        default Integer cuNumber() {
            return settings().cuNumber();
        }

        /**
         * {@return {@link FlinkJobSettings#managerCuNumber()}}
         */
        default Integer managerCuNumber() {
            return settings().managerCuNumber();
        }

        /**
         * {@return {@link FlinkJobSettings#parallelNumber()}}
         */
        default Integer parallelNumber() {
            return settings().parallelNumber();
        }

        /**
         * {@return {@link FlinkJobSettings#tmCus()}}
         */
        default Integer tmCus() {
            return settings().tmCus();
        }

        /**
         * {@return {@link FlinkJobSettings#tmSlotNum()}}
         */
        default Integer tmSlotNum() {
            return settings().tmSlotNum();
        }

        /**
         * {@return {@link FlinkJobSettings#logEnabled()}}
         */
        default Boolean logEnabled() {
            return settings().logEnabled();
        }

        /**
         * {@return {@link FlinkJobSettings#obsBucket()}}
         */
        default String obsBucket() {
            return settings().obsBucket();
        }

        /**
         * {@return {@link FlinkJobSettings#smnTopic()}}
         */
        default String smnTopic() {
            return settings().smnTopic();
        }

        /**
         * {@return {@link FlinkJobSettings#restartWhenException()}}
         */
        default Boolean restartWhenException() {
            return settings().restartWhenException();
        }

        /**
         * {@return {@link FlinkJobSettings#resumeCheckpoint()}}
         */
        default Boolean resumeCheckpoint() {
            return settings().resumeCheckpoint();
        }

        /**
         * {@return {@link FlinkJobSettings#resumeMaxNum()}}
         */
        default Integer resumeMaxNum() {
            return settings().resumeMaxNum();
        }

        /**
         * {@return {@link FlinkJobSettings#runtimeConfig()}}
         */
        default String runtimeConfig() {
            return settings().runtimeConfig();
        }
    }

    /** The accessors of the {@link Group#COMMON} and {@link Group#SQL} fields. */
    public interface SqlView extends CommonView {
        /**
         * {@return {@link FlinkJobSettings#checkpointEnabled()}}
         */
        default Boolean checkpointEnabled() {
            return settings().checkpointEnabled();
        }

        /**
         * {@return {@link FlinkJobSettings#checkpointMode()}}
         */
        default CheckpointMode checkpointMode() {
            return settings().checkpointMode();
        }

        /**
         * {@return {@link FlinkJobSettings#checkpointInterval()}}
         */
        default Integer checkpointInterval() {
            return settings().checkpointInterval();
        }

        /**
         * {@return {@link FlinkJobSettings#idleStateRetention()}}
         */
        default Integer idleStateRetention() {
            return settings().idleStateRetention();
        }

        /**
         * {@return {@link FlinkJobSettings#dirtyDataStrategy()}}
         */
        default String dirtyDataStrategy() {
            return settings().dirtyDataStrategy();
        }

        /**
         * {@return {@link FlinkJobSettings#udfJarUrl()}}
         */
        default String udfJarUrl() {
            return settings().udfJarUrl();
        }
    }

    /** The accessors of the {@link Group#COMMON}, {@link Group#SQL} and {@link Group#SQL_UPDATE} fields. */
    public interface SqlUpdateView extends SqlView {
        /**
         * {@return {@link FlinkJobSettings#edgeGroupIds()}}
         */
        default List<String> edgeGroupIds() {
            return settings().edgeGroupIds();
        }

        /**
         * {@return {@link FlinkJobSettings#operatorConfig()}}
         */
        default String operatorConfig() {
            return settings().operatorConfig();
        }

        /**
         * {@return {@link FlinkJobSettings#staticEstimatorConfig()}}
         */
        default String staticEstimatorConfig() {
            return settings().staticEstimatorConfig();
        }
    }

    /** The accessors of the {@link Group#COMMON} and {@link Group#JAR} fields. */
    public interface JarView extends CommonView {
        /**
         * {@return {@link FlinkJobSettings#checkpointPath()}}
         */
        default String checkpointPath() {
            return settings().checkpointPath();
        }

        /**
         * {@return {@link FlinkJobSettings#entrypoint()}}
         */
        default String entrypoint() {
            return settings().entrypoint();
        }

        /**
         * {@return {@link FlinkJobSettings#dependencyJars()}}
         */
        default List<String> dependencyJars() {
            return settings().dependencyJars();
        }

        /**
         * {@return {@link FlinkJobSettings#dependencyFiles()}}
         */
        default List<String> dependencyFiles() {
            return settings().dependencyFiles();
        }
    }

    /**
     * The setters of the {@link Group#COMMON} fields, for a builder that holds settings. Each sets
     * the field of the builder's settings.
     *
     * @param <B> the builder
     */
    public interface CommonSetters<B> {
        /**
         * Changes the settings this builder holds.
         *
         * @param change what to set, for example {@code s -> s.cuNumber(4).parallelNumber(8)}
         * @return this builder
         */
        B settings(Consumer<Builder> change);

        /**
         * Sets {@link FlinkJobSettings#cuNumber()}.
         *
         * @param cuNumber the value, or {@code null}
         * @return this builder
         */
        default B cuNumber(Integer cuNumber) {
            return settings(s -> s.set(Field.CU_NUMBER, cuNumber));
        }

        /**
         * Sets {@link FlinkJobSettings#managerCuNumber()}.
         *
         * @param managerCuNumber the value, or {@code null}
         * @return this builder
         */
        default B managerCuNumber(Integer managerCuNumber) {
            return settings(s -> s.set(Field.MANAGER_CU_NUMBER, managerCuNumber));
        }

        /**
         * Sets {@link FlinkJobSettings#parallelNumber()}.
         *
         * @param parallelNumber the value, or {@code null}
         * @return this builder
         */
        default B parallelNumber(Integer parallelNumber) {
            return settings(s -> s.set(Field.PARALLEL_NUMBER, parallelNumber));
        }

        /**
         * Sets {@link FlinkJobSettings#tmCus()}.
         *
         * @param tmCus the value, or {@code null}
         * @return this builder
         */
        default B tmCus(Integer tmCus) {
            return settings(s -> s.set(Field.TM_CUS, tmCus));
        }

        /**
         * Sets {@link FlinkJobSettings#tmSlotNum()}.
         *
         * @param tmSlotNum the value, or {@code null}
         * @return this builder
         */
        default B tmSlotNum(Integer tmSlotNum) {
            return settings(s -> s.set(Field.TM_SLOT_NUM, tmSlotNum));
        }

        /**
         * Sets {@link FlinkJobSettings#logEnabled()}.
         *
         * @param logEnabled the value, or {@code null}
         * @return this builder
         */
        default B logEnabled(Boolean logEnabled) {
            return settings(s -> s.set(Field.LOG_ENABLED, logEnabled));
        }

        /**
         * Sets {@link FlinkJobSettings#obsBucket()}.
         *
         * @param obsBucket the value, or {@code null}
         * @return this builder
         */
        default B obsBucket(String obsBucket) {
            return settings(s -> s.set(Field.OBS_BUCKET, obsBucket));
        }

        /**
         * Sets {@link FlinkJobSettings#smnTopic()}.
         *
         * @param smnTopic the value, or {@code null}
         * @return this builder
         */
        default B smnTopic(String smnTopic) {
            return settings(s -> s.set(Field.SMN_TOPIC, smnTopic));
        }

        /**
         * Sets {@link FlinkJobSettings#restartWhenException()}.
         *
         * @param restartWhenException the value, or {@code null}
         * @return this builder
         */
        default B restartWhenException(Boolean restartWhenException) {
            return settings(s -> s.set(Field.RESTART_WHEN_EXCEPTION, restartWhenException));
        }

        /**
         * Sets {@link FlinkJobSettings#resumeCheckpoint()}.
         *
         * @param resumeCheckpoint the value, or {@code null}
         * @return this builder
         */
        default B resumeCheckpoint(Boolean resumeCheckpoint) {
            return settings(s -> s.set(Field.RESUME_CHECKPOINT, resumeCheckpoint));
        }

        /**
         * Sets {@link FlinkJobSettings#resumeMaxNum()}.
         *
         * @param resumeMaxNum the value, or {@code null}
         * @return this builder
         */
        default B resumeMaxNum(Integer resumeMaxNum) {
            return settings(s -> s.set(Field.RESUME_MAX_NUM, resumeMaxNum));
        }

        /**
         * Sets {@link FlinkJobSettings#runtimeConfig()}.
         *
         * @param runtimeConfig the value, or {@code null}
         * @return this builder
         */
        default B runtimeConfig(String runtimeConfig) {
            return settings(s -> s.set(Field.RUNTIME_CONFIG, runtimeConfig));
        }
    }

    /**
     * The setters of the {@link Group#COMMON} and {@link Group#SQL} fields.
     *
     * @param <B> the builder
     */
    public interface SqlSetters<B> extends CommonSetters<B> {
        /**
         * Sets {@link FlinkJobSettings#checkpointEnabled()}.
         *
         * @param checkpointEnabled the value, or {@code null}
         * @return this builder
         */
        default B checkpointEnabled(Boolean checkpointEnabled) {
            return settings(s -> s.set(Field.CHECKPOINT_ENABLED, checkpointEnabled));
        }

        /**
         * Sets {@link FlinkJobSettings#checkpointMode()}.
         *
         * @param checkpointMode the value, or {@code null}
         * @return this builder
         */
        default B checkpointMode(CheckpointMode checkpointMode) {
            return settings(s -> s.set(Field.CHECKPOINT_MODE, checkpointMode));
        }

        /**
         * Sets {@link FlinkJobSettings#checkpointInterval()}.
         *
         * @param checkpointInterval the value, or {@code null}
         * @return this builder
         */
        default B checkpointInterval(Integer checkpointInterval) {
            return settings(s -> s.set(Field.CHECKPOINT_INTERVAL, checkpointInterval));
        }

        /**
         * Sets {@link FlinkJobSettings#idleStateRetention()}.
         *
         * @param idleStateRetention the value, or {@code null}
         * @return this builder
         */
        default B idleStateRetention(Integer idleStateRetention) {
            return settings(s -> s.set(Field.IDLE_STATE_RETENTION, idleStateRetention));
        }

        /**
         * Sets {@link FlinkJobSettings#dirtyDataStrategy()}.
         *
         * @param dirtyDataStrategy the value, or {@code null}
         * @return this builder
         */
        default B dirtyDataStrategy(String dirtyDataStrategy) {
            return settings(s -> s.set(Field.DIRTY_DATA_STRATEGY, dirtyDataStrategy));
        }

        /**
         * Sets {@link FlinkJobSettings#udfJarUrl()}.
         *
         * @param udfJarUrl the value, or {@code null}
         * @return this builder
         */
        default B udfJarUrl(String udfJarUrl) {
            return settings(s -> s.set(Field.UDF_JAR_URL, udfJarUrl));
        }
    }

    /**
     * The setters of the {@link Group#COMMON}, {@link Group#SQL} and {@link Group#SQL_UPDATE} fields.
     *
     * @param <B> the builder
     */
    public interface SqlUpdateSetters<B> extends SqlSetters<B> {
        /**
         * Replaces {@link FlinkJobSettings#edgeGroupIds()}.
         *
         * @param edgeGroupIds the ids; {@code null} for none
         * @return this builder
         */
        default B edgeGroupIds(List<String> edgeGroupIds) {
            return settings(s -> s.set(Field.EDGE_GROUP_IDS, edgeGroupIds));
        }

        /**
         * Sets {@link FlinkJobSettings#operatorConfig()}.
         *
         * @param operatorConfig the value, or {@code null}
         * @return this builder
         */
        default B operatorConfig(String operatorConfig) {
            return settings(s -> s.set(Field.OPERATOR_CONFIG, operatorConfig));
        }

        /**
         * Sets {@link FlinkJobSettings#staticEstimatorConfig()}.
         *
         * @param staticEstimatorConfig the value, or {@code null}
         * @return this builder
         */
        default B staticEstimatorConfig(String staticEstimatorConfig) {
            return settings(s -> s.set(Field.STATIC_ESTIMATOR_CONFIG, staticEstimatorConfig));
        }
    }

    /**
     * The setters of the {@link Group#COMMON} and {@link Group#JAR} fields.
     *
     * @param <B> the builder
     */
    public interface JarSetters<B> extends CommonSetters<B> {
        /**
         * Sets {@link FlinkJobSettings#checkpointPath()}.
         *
         * @param checkpointPath the value, or {@code null}
         * @return this builder
         */
        default B checkpointPath(String checkpointPath) {
            return settings(s -> s.set(Field.CHECKPOINT_PATH, checkpointPath));
        }

        /**
         * Sets {@link FlinkJobSettings#entrypoint()}.
         *
         * @param entrypoint the value, or {@code null}
         * @return this builder
         */
        default B entrypoint(String entrypoint) {
            return settings(s -> s.set(Field.ENTRYPOINT, entrypoint));
        }

        /**
         * Replaces {@link FlinkJobSettings#dependencyJars()}.
         *
         * @param dependencyJars the packages; {@code null} for none
         * @return this builder
         */
        default B dependencyJars(List<String> dependencyJars) {
            return settings(s -> s.set(Field.DEPENDENCY_JARS, dependencyJars));
        }

        /**
         * Replaces {@link FlinkJobSettings#dependencyFiles()}.
         *
         * @param dependencyFiles the files; {@code null} for none
         * @return this builder
         */
        default B dependencyFiles(List<String> dependencyFiles) {
            return settings(s -> s.set(Field.DEPENDENCY_FILES, dependencyFiles));
        }
    }

    /** Builds {@link FlinkJobSettings}; every setter of every group. */
    public static final class Builder implements SqlUpdateSetters<Builder>, JarSetters<Builder> {
        private final Object[] values = new Object[Field.values().length];

        private Builder() {}

        /**
         * Applies a change to this builder.
         *
         * @param change what to set
         * @return this builder
         */
        @Override
        public Builder settings(Consumer<Builder> change) {
            change.accept(this);
            return this;
        }

        /**
         * Sets every field that is set in some settings, leaving the others as they are.
         *
         * @param changes the settings whose set fields to copy
         * @return this builder
         */
        public Builder overlay(FlinkJobSettings changes) {
            changes.values().forEach(this::set);
            return this;
        }

        private Builder set(Field field, Object value) {
            if (value != null && !field.type().isInstance(value)) {
                throw new ValidationException(
                        field.wireName(),
                        "must be a " + field.type().getSimpleName() + ", was a "
                                + value.getClass().getSimpleName());
            }
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (!(item instanceof String)) {
                        throw new ValidationException(field.wireName(), "must be a list of strings");
                    }
                }
                value = new ArrayList<>(list);
            }
            values[field.ordinal()] = value;
            return this;
        }

        /**
         * Builds the settings (lists copied; nothing else checked: the request that carries them
         * validates them).
         *
         * @return the settings
         */
        public FlinkJobSettings build() {
            return RecordValues.create(FlinkJobSettings.class, values.clone());
        }
    }
}
