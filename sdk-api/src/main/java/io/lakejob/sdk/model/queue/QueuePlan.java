package io.lakejob.sdk.model.queue;

import java.time.Instant;
import java.util.List;

/**
 * A timed scaling plan of a queue, as listed (reference 6.7, table 6-29).
 *
 * @param id the plan's id
 * @param planName the plan name
 * @param targetCu the CU count the queue is scaled to
 * @param startHour the hour the plan runs at (24-hour clock)
 * @param startMinute the minute the plan runs at
 * @param repeatDay the days the plan repeats on; empty means it runs once; never {@code null}
 * @param validDateBegin the start of the validity period, or {@code null}
 * @param validDateEnd the end of the validity period, or {@code null}
 * @param activate whether the plan is active
 * @param lastExecuteTime when the plan last ran, or {@code null}
 */
public record QueuePlan(
        Long id,
        String planName,
        Integer targetCu,
        Integer startHour,
        Integer startMinute,
        List<Weekday> repeatDay,
        Instant validDateBegin,
        Instant validDateEnd,
        Boolean activate,
        Instant lastExecuteTime) {

    /**
     * Copies the lists; {@code null} lists become empty.
     *
     * @param id the plan's id
     * @param planName the plan name
     * @param targetCu the CU count the queue is scaled to
     * @param startHour the hour the plan runs at (24-hour clock)
     * @param startMinute the minute the plan runs at
     * @param repeatDay the days the plan repeats on
     * @param validDateBegin the start of the validity period, or {@code null}
     * @param validDateEnd the end of the validity period, or {@code null}
     * @param activate whether the plan is active
     * @param lastExecuteTime when the plan last ran, or {@code null}
     */
    public QueuePlan {
        repeatDay = repeatDay == null ? List.of() : List.copyOf(repeatDay);
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
     * A builder holding this value's fields.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.planName = planName;
        b.targetCu = targetCu;
        b.startHour = startHour;
        b.startMinute = startMinute;
        b.repeatDay = repeatDay;
        b.validDateBegin = validDateBegin;
        b.validDateEnd = validDateEnd;
        b.activate = activate;
        b.lastExecuteTime = lastExecuteTime;
        return b;
    }

    /** Builds a {@link QueuePlan}; used by transports. */
    public static final class Builder {
        private Long id;
        private String planName;
        private Integer targetCu;
        private Integer startHour;
        private Integer startMinute;
        private List<Weekday> repeatDay;
        private Instant validDateBegin;
        private Instant validDateEnd;
        private Boolean activate;
        private Instant lastExecuteTime;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder id(Long v) {
            id = v;
            return this;
        }

        /**
         * Sets {@code planName}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder planName(String v) {
            planName = v;
            return this;
        }

        /**
         * Sets {@code targetCu}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder targetCu(Integer v) {
            targetCu = v;
            return this;
        }

        /**
         * Sets {@code startHour}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder startHour(Integer v) {
            startHour = v;
            return this;
        }

        /**
         * Sets {@code startMinute}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder startMinute(Integer v) {
            startMinute = v;
            return this;
        }

        /**
         * Sets {@code repeatDay}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder repeatDay(List<Weekday> v) {
            repeatDay = v;
            return this;
        }

        /**
         * Sets {@code validDateBegin}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder validDateBegin(Instant v) {
            validDateBegin = v;
            return this;
        }

        /**
         * Sets {@code validDateEnd}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder validDateEnd(Instant v) {
            validDateEnd = v;
            return this;
        }

        /**
         * Sets {@code activate}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder activate(Boolean v) {
            activate = v;
            return this;
        }

        /**
         * Sets {@code lastExecuteTime}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder lastExecuteTime(Instant v) {
            lastExecuteTime = v;
            return this;
        }

        /**
         * Builds the value.
         *
         * @return the value
         */
        public QueuePlan build() {
            return new QueuePlan(
                    id,
                    planName,
                    targetCu,
                    startHour,
                    startMinute,
                    repeatDay,
                    validDateBegin,
                    validDateEnd,
                    activate,
                    lastExecuteTime);
        }
    }
}
