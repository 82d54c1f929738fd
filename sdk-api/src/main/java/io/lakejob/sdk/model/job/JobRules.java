package io.lakejob.sdk.model.job;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.ExtensibleEnum;
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
            throw new ValidationException("resume_max_num", "must be -1 (unlimited) or positive, was " + value);
        }
    }

    static void dirtyDataStrategy(String value) {
        Validate.matches(
                "dirty_data_strategy",
                value,
                DIRTY_DATA_STRATEGY,
                "must be '0' (ignore), '1' (throw) or '2:<obsDir>' (save)");
    }

    /** The CU ranges of 9.7/9.8 and "the manager CUs are part of cu_number". */
    static void cuNumbers(Integer cuNumber, Integer managerCuNumber, Integer parallelNumber) {
        Validate.range("cu_number", cuNumber, CU_NUMBER_MIN, CU_NUMBER_MAX);
        Validate.range("manager_cu_number", managerCuNumber, 1, CU_NUMBER_MAX - 1);
        Validate.range("parallel_number", parallelNumber, 1, PARALLEL_NUMBER_MAX);
        if (cuNumber != null && managerCuNumber != null && managerCuNumber >= cuNumber) {
            throw new ValidationException(
                    "manager_cu_number",
                    "must be less than cu_number (" + cuNumber + "), which includes it, was " + managerCuNumber);
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
                    "parallel_number",
                    "must not exceed 4 x (cu_number - manager_cu_number) = " + max + ", was " + parallelNumber);
        }
    }

    static void obsBucketFor(String flag, Boolean enabled, String obsBucket) {
        if (Boolean.TRUE.equals(enabled) && (obsBucket == null || obsBucket.isBlank())) {
            throw new ValidationException("obs_bucket", "is required when " + flag + " is true");
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
