package io.lakejob.sdk.model.queue;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import java.time.Instant;
import java.util.List;

/** The documented rules of queue scaling plans (reference 6.6-6.10), shared by the plan requests. */
final class QueuePlanRules {
    private QueuePlanRules() {}

    /**
     * Checks a single queue name used as a path parameter (6.6).
     *
     * @param queueName the name
     */
    static void queueName(String queueName) {
        Validate.pathSegment(
                "queue_name", Validate.queueName("queue_name", Validate.required("queue_name", queueName)));
    }

    /**
     * Checks the {@code queue_name} path parameter of 6.7-6.10, which the reference allows to hold
     * several queue names separated by commas; each must be a valid queue name.
     *
     * @param queueName the name or names
     */
    static void queueNames(String queueName) {
        Validate.pathSegment("queue_name", Validate.required("queue_name", queueName));
        for (String part : queueName.split(",", -1)) {
            Validate.queueName("queue_name", part);
        }
    }

    /**
     * Checks a plan id used as a path parameter or list element.
     *
     * @param field the field name
     * @param planId the id
     */
    static void planId(String field, long planId) {
        if (planId <= 0) {
            throw new ValidationException(field, "must be positive, was " + planId);
        }
    }

    /**
     * Checks the body of a create or update request.
     *
     * @param planName the plan name
     * @param targetCu the target CU count
     * @param startHour the start hour
     * @param startMinute the start minute
     * @param repeatDay the repeat days
     * @param validDateBegin the start of the validity period
     * @param validDateEnd the end of the validity period
     * @return the repeat days, copied
     */
    static List<Weekday> body(
            String planName,
            int targetCu,
            int startHour,
            int startMinute,
            List<Weekday> repeatDay,
            Instant validDateBegin,
            Instant validDateEnd) {
        Validate.requiredText("plan_name", planName, 1, Integer.MAX_VALUE);
        Validate.matches(
                "plan_name",
                planName,
                Validate.QUEUE_NAME,
                "must contain only digits, letters and underscores, not be all digits and not start with '_'");
        if (targetCu <= 0 || targetCu % 16 != 0) {
            throw new ValidationException("target_cu", "must be a positive multiple of 16, was " + targetCu);
        }
        Validate.range("start_hour", startHour, 0, 23);
        Validate.range("start_minute", startMinute, 0, 59);
        List<Weekday> days = Validate.list("repeat_day", repeatDay);
        for (Weekday d : days) {
            if (!d.isKnown()) {
                throw new ValidationException("repeat_day", "must be one of " + Weekday.knownValues() + ", was " + d);
            }
        }
        if (validDateBegin != null && validDateEnd != null && validDateEnd.isBefore(validDateBegin)) {
            throw new ValidationException(
                    "valid_date_end",
                    "must not be before valid_date_begin (" + validDateBegin + "), was " + validDateEnd);
        }
        return days;
    }
}
