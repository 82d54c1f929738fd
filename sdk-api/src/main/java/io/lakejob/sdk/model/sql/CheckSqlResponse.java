package io.lakejob.sdk.model.sql;

/**
 * The answer to {@code CheckSql} (reference 7.3.9).
 *
 * @param isSuccess whether the SQL is valid and the request succeeded ({@code is_success})
 * @param message the service's message, for example {@code the sql is ok}
 * @param jobType the type of job the statement would create ({@code job_type})
 */
public record CheckSqlResponse(Boolean isSuccess, String message, SqlJobType jobType) {}
