package io.lakejob.sdk.model.job;

import java.time.Instant;

/**
 * The answer to {@code UpdateFlinkSqlJob} (reference 9.3) and {@code UpdateFlinkJarJob} (9.5).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message; may be empty
 * @param job the update information, or {@code null} if the service sent none
 */
public record UpdateFlinkJobResponse(Boolean isSuccess, String message, FlinkJobUpdate job) {
    /**
     * When the job was updated ({@code job.update_time}).
     *
     * @return the time, or {@code null} when the answer carries none
     */
    public Instant updateTime() {
        return job == null ? null : job.updateTime();
    }
}
