package io.lakejob.sdk.model.queue;

import io.lakejob.sdk.internal.Validate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Changes a queue's timed scaling plan (reference 6.10).
 *
 * @param queueName the queue whose plan is changed; the reference allows several comma-separated queue names
 * @param planId the plan to change (see {@code ListQueuePlans}); positive
 * @param planName the plan name: digits, letters and underscores, not all digits, not starting with '_'
 * @param targetCu the CU count the queue is scaled to; a positive multiple of 16
 * @param startHour the hour the plan runs at, 0-23 (24-hour clock)
 * @param startMinute the minute the plan runs at, 0-59
 * @param repeatDay the days the plan repeats on; empty means it runs once, at the next {@code start_hour:start_minute}; never {@code null}
 * @param validDateBegin the start of the validity period (sent as epoch milliseconds), or {@code null}
 * @param validDateEnd the end of the validity period (sent as epoch milliseconds), not before the start, or {@code null}
 * @param activate whether the plan is active; {@code null} means the service default, {@code true}
 */
public record UpdateQueuePlanRequest(
        String queueName,
        long planId,
        String planName,
        int targetCu,
        int startHour,
        int startMinute,
        List<Weekday> repeatDay,
        Instant validDateBegin,
        Instant validDateEnd,
        Boolean activate) {

    /**
     * Validates the request.
     *
     * @param queueName the {@code queue_name}
     * @param planId the {@code plan_id}
     * @param planName the {@code plan_name}
     * @param targetCu the {@code target_cu}
     * @param startHour the {@code start_hour}
     * @param startMinute the {@code start_minute}
     * @param repeatDay the {@code repeat_day}
     * @param validDateBegin the {@code valid_date_begin}
     * @param validDateEnd the {@code valid_date_end}
     * @param activate the {@code activate}
     */
    public UpdateQueuePlanRequest {
        QueuePlanRules.queueNames(queueName);
        QueuePlanRules.planId("plan_id", planId);
        repeatDay = QueuePlanRules.body(
                planName, targetCu, startHour, startMinute, repeatDay, validDateBegin, validDateEnd);
    }

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder()
                .queueName(queueName)
                .planId(planId)
                .planName(planName)
                .targetCu(targetCu)
                .startHour(startHour)
                .startMinute(startMinute)
                .repeatDay(repeatDay)
                .validDateBegin(validDateBegin)
                .validDateEnd(validDateEnd)
                .activate(activate);
    }

    /** Builds a {@link UpdateQueuePlanRequest}. */
    public static final class Builder {
        private String queueName;
        private Long planId;
        private String planName;
        private Integer targetCu;
        private Integer startHour;
        private Integer startMinute;
        private List<Weekday> repeatDay = new ArrayList<>();
        private Instant validDateBegin;
        private Instant validDateEnd;
        private Boolean activate;

        private Builder() {}

        /**
         * Sets the queue (required).
         *
         * @param queueName the value
         * @return this builder
         */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
            return this;
        }

        /**
         * Sets the plan to change (required).
         *
         * @param planId the value
         * @return this builder
         */
        public Builder planId(long planId) {
            this.planId = planId;
            return this;
        }

        /**
         * Sets the plan name (required).
         *
         * @param planName the value
         * @return this builder
         */
        public Builder planName(String planName) {
            this.planName = planName;
            return this;
        }

        /**
         * Sets the target CU count (required): a positive multiple of 16.
         *
         * @param targetCu the value
         * @return this builder
         */
        public Builder targetCu(int targetCu) {
            this.targetCu = targetCu;
            return this;
        }

        /**
         * Sets the start hour (required), 0-23.
         *
         * @param startHour the value
         * @return this builder
         */
        public Builder startHour(int startHour) {
            this.startHour = startHour;
            return this;
        }

        /**
         * Sets the start minute (required), 0-59.
         *
         * @param startMinute the value
         * @return this builder
         */
        public Builder startMinute(int startMinute) {
            this.startMinute = startMinute;
            return this;
        }

        /**
         * Replaces the repeat days; an empty list runs the plan once.
         *
         * @param repeatDay the days
         * @return this builder
         */
        public Builder repeatDay(List<Weekday> repeatDay) {
            this.repeatDay = repeatDay == null ? new ArrayList<>() : new ArrayList<>(repeatDay);
            return this;
        }

        /**
         * Replaces the repeat days.
         *
         * @param days the days
         * @return this builder
         */
        public Builder repeatDay(Weekday... days) {
            this.repeatDay = days == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(days));
            return this;
        }

        /**
         * Sets the start of the validity period.
         *
         * @param validDateBegin the value
         * @return this builder
         */
        public Builder validDateBegin(Instant validDateBegin) {
            this.validDateBegin = validDateBegin;
            return this;
        }

        /**
         * Sets the end of the validity period.
         *
         * @param validDateEnd the value
         * @return this builder
         */
        public Builder validDateEnd(Instant validDateEnd) {
            this.validDateEnd = validDateEnd;
            return this;
        }

        /**
         * Sets whether the plan is active.
         *
         * @param activate the value
         * @return this builder
         */
        public Builder activate(Boolean activate) {
            this.activate = activate;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public UpdateQueuePlanRequest build() {
            return new UpdateQueuePlanRequest(
                    queueName,
                    Validate.required("plan_id", planId),
                    planName,
                    Validate.required("target_cu", targetCu),
                    Validate.required("start_hour", startHour),
                    Validate.required("start_minute", startMinute),
                    repeatDay,
                    validDateBegin,
                    validDateEnd,
                    activate);
        }
    }
}
