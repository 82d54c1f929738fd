package io.lakejob.sdk.model.catalog;

/**
 * The answer to {@code DeleteTable} (reference 7.2.2).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message; may be empty
 * @param jobMode the execution mode: {@code async} or {@code sync}, or {@code null}
 */
public record DeleteTableResponse(Boolean isSuccess, String message, String jobMode) {}
