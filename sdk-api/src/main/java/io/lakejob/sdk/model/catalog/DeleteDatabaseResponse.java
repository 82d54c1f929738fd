package io.lakejob.sdk.model.catalog;

/**
 * The answer to {@code DeleteDatabase} (reference 7.1.2).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message; empty on success
 * @param jobId the id of the deletion job (asynchronous deletion), usable with the SQL job status
 *     operation; {@code null} for a synchronous deletion
 * @param jobType the job type: {@code DDL}, {@code DCL}, {@code IMPORT}, {@code EXPORT}, {@code QUERY}
 *     or {@code INSERT}; {@code null} for a synchronous deletion
 * @param jobMode the execution mode: {@code async} or {@code sync}
 */
public record DeleteDatabaseResponse(Boolean isSuccess, String message, String jobId, String jobType, String jobMode) {}
