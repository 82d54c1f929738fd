package io.lakejob.sdk.model.job;

/**
 * The outcome for one imported job ({@code job_mapping}, reference table 9-67).
 *
 * @param oldJobId the job id in the imported file, or {@code null}
 * @param newJobId the id of the job after import; {@code -1} when a job of the same name exists and
 *     {@code is_cover} was false; or {@code null}
 * @param remark the import result, or {@code null}
 */
public record FlinkJobMapping(Long oldJobId, Long newJobId, String remark) {}
