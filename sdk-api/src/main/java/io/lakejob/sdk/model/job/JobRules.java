package io.lakejob.sdk.model.job;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.ExtensibleEnum;
import io.lakejob.sdk.model.job.FlinkJobSettings.Field;
import io.lakejob.sdk.model.job.FlinkJobSettings.Group;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules shared by the Flink job requests (reference chapter 9). */
final class JobRules {
    static final int NAME_MAX = 57;
    static final int DESC_MAX = 512;
    static final int SQL_BODY_MAX = 1024 * 1024;
    static final int CU_NUMBER_MIN = 2;
    static final int CU_NUMBER_MAX = 400;
    static final int PARALLEL_NUMBER_MAX = 2000;
    static final Pattern DIRTY_DATA_STRATEGY = Pattern.compile("0|1|2:\\S.*", Pattern.DOTALL);

    private JobRules() {}

    static long jobId(String field, long id) {
        if (id <= 0) {
            throw new ValidationException(field, "must be a positive job id, was " + id);
        }
        Validate.pathSegment(field, Long.toString(id));
        return id;
    }

    static List<Long> jobIds(String field, List<Long> ids) {
        Validate.required(field, ids);
        List<Long> copy = Validate.list(field, ids);
        if (copy.isEmpty()) {
            throw new ValidationException(field, "must contain at least one job id");
        }
        for (Long id : copy) {
            if (id <= 0) {
                throw new ValidationException(field, "must contain only positive job ids, had " + id);
            }
        }
        return copy;
    }

    static <E extends ExtensibleEnum> E known(String field, E value, Set<E> allowed) {
        if (value != null && (!value.isKnown() || (allowed != null && !allowed.contains(value)))) {
            throw new ValidationException(
                    field,
                    "must be one of " + (allowed == null ? "the documented values" : allowed) + ", was " + value);
        }
        return value;
    }

    static void resumeMaxNum(Integer value) {
        if (value != null && value != -1 && value < 1) {
            throw new ValidationException(
                    Field.RESUME_MAX_NUM.wireName(), "must be -1 (unlimited) or positive, was " + value);
        }
    }

    static void dirtyDataStrategy(String value) {
        Validate.matches(
                Field.DIRTY_DATA_STRATEGY.wireName(),
                value,
                DIRTY_DATA_STRATEGY,
                "must be '0' (ignore), '1' (throw) or '2:<obsDir>' (save)");
    }

    /** When a request checks that the parallelism fits its CUs ({@link #parallelism}). */
    enum Parallelism {
        /** Always, with the documented defaults for unset CUs (creating a SQL job). */
        ALWAYS,
        /** Only when the request sets {@code cu_number} (updating a SQL job). */
        WHEN_CU_NUMBER_SET,
        /** Never (jar jobs). */
        NEVER
    }

    /**
     * The rules of the Flink job settings: only the fields of the request's groups may be set,
     * and each set field must be in its documented range.
     *
     * @param s the settings
     * @param request the request, for the message ("a new Flink SQL job")
     * @param parallelism when the parallelism is checked against the CUs
     * @param groups the groups the request takes
     */
    static void settings(FlinkJobSettings s, String request, Parallelism parallelism, Group... groups) {
        Validate.required("settings", s);
        Set<Field> accepted = Field.of(groups);
        for (Field f : s.values().keySet()) {
            if (!accepted.contains(f)) {
                throw new ValidationException(f.wireName(), "does not apply to " + request);
            }
        }
        cuNumbers(s.cuNumber(), s.managerCuNumber(), s.parallelNumber());
        if (parallelism == Parallelism.ALWAYS
                || (parallelism == Parallelism.WHEN_CU_NUMBER_SET && s.cuNumber() != null)) {
            parallelism(s.cuNumber(), s.managerCuNumber(), s.parallelNumber());
        }
        known(Field.CHECKPOINT_MODE.wireName(), s.checkpointMode(), null);
        Validate.range(Field.CHECKPOINT_INTERVAL.wireName(), s.checkpointInterval(), 0, Integer.MAX_VALUE);
        obsBucketFor(Field.CHECKPOINT_ENABLED.wireName(), s.checkpointEnabled(), s.obsBucket());
        obsBucketFor(Field.LOG_ENABLED.wireName(), s.logEnabled(), s.obsBucket());
        Validate.range(Field.IDLE_STATE_RETENTION.wireName(), s.idleStateRetention(), 0, Integer.MAX_VALUE);
        strings(Field.EDGE_GROUP_IDS.wireName(), s.edgeGroupIds());
        strings(Field.DEPENDENCY_JARS.wireName(), s.dependencyJars());
        strings(Field.DEPENDENCY_FILES.wireName(), s.dependencyFiles());
        dirtyDataStrategy(s.dirtyDataStrategy());
        positive(Field.TM_CUS.wireName(), s.tmCus());
        positive(Field.TM_SLOT_NUM.wireName(), s.tmSlotNum());
        resumeMaxNum(s.resumeMaxNum());
    }

    /** The CU ranges of 9.7/9.8 and "the manager CUs are part of cu_number". */
    static void cuNumbers(Integer cuNumber, Integer managerCuNumber, Integer parallelNumber) {
        String cu = Field.CU_NUMBER.wireName();
        String manager = Field.MANAGER_CU_NUMBER.wireName();
        Validate.range(cu, cuNumber, CU_NUMBER_MIN, CU_NUMBER_MAX);
        Validate.range(manager, managerCuNumber, 1, CU_NUMBER_MAX - 1);
        Validate.range(Field.PARALLEL_NUMBER.wireName(), parallelNumber, 1, PARALLEL_NUMBER_MAX);
        if (cuNumber != null && managerCuNumber != null && managerCuNumber >= cuNumber) {
            throw new ValidationException(
                    manager,
                    "must be less than " + cu + " (" + cuNumber + "), which includes it, was " + managerCuNumber);
        }
    }

    /**
     * 9.2: the parallelism may not exceed four times the compute CUs (cu_number minus
     * manager_cu_number), using the documented defaults 2 and 1 for unset values.
     */
    static void parallelism(Integer cuNumber, Integer managerCuNumber, Integer parallelNumber) {
        if (parallelNumber == null) {
            return;
        }
        int cu = cuNumber == null ? 2 : cuNumber;
        int manager = managerCuNumber == null ? 1 : managerCuNumber;
        long max = 4L * (cu - manager);
        if (parallelNumber > max) {
            throw new ValidationException(
                    Field.PARALLEL_NUMBER.wireName(),
                    "must not exceed 4 x (" + Field.CU_NUMBER.wireName() + " - " + Field.MANAGER_CU_NUMBER.wireName()
                            + ") = " + max + ", was " + parallelNumber);
        }
    }

    static void obsBucketFor(String flag, Boolean enabled, String obsBucket) {
        if (Boolean.TRUE.equals(enabled) && (obsBucket == null || obsBucket.isBlank())) {
            throw new ValidationException(Field.OBS_BUCKET.wireName(), "is required when " + flag + " is true");
        }
    }

    static void positive(String field, Integer value) {
        Validate.range(field, value, 1, Integer.MAX_VALUE);
    }

    static void strings(String field, List<String> values) {
        if (values == null) {
            return;
        }
        for (String v : values) {
            if (v != null && v.isBlank()) {
                throw new ValidationException(field, "must not contain blank entries");
            }
        }
    }
}
