package io.lakejob.sdk.model.sql;

/**
 * The answer of an operation that starts an asynchronous SQL job: importing a table (7.3.1),
 * exporting a table (7.3.2) or exporting a query result (7.3.10). Poll the job with its id.
 *
 * @param isSuccess whether the request was sent successfully ({@code is_success})
 * @param message the service's message; may be empty
 * @param jobId the id of the new job ({@code job_id})
 * @param jobMode how the job runs ({@code job_mode})
 */
public record SqlJobStartedResponse(Boolean isSuccess, String message, String jobId, SqlJobMode jobMode) {}
