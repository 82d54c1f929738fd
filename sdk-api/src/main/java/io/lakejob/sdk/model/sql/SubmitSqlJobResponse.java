package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.Validate;
import java.util.List;

/**
 * The answer to {@code SubmitSqlJob} (reference 7.3.3). For a {@code DDL} statement the result
 * ({@code schema} and {@code rows}) is returned at once; a {@code DCL} statement runs synchronously.
 *
 * @param isSuccess whether the request was sent successfully ({@code is_success})
 * @param message the service's message; may be empty
 * @param jobId the id of the new job ({@code job_id})
 * @param jobType the job type ({@code job_type})
 * @param schema for DDL statements: the result columns; never {@code null}
 * @param rows for DDL statements: the result rows, each a list of JSON values ({@code String}, {@code Number}, {@code Boolean} or {@code null}); never {@code null}
 * @param jobMode how the job runs ({@code job_mode})
 */
public record SubmitSqlJobResponse(
        Boolean isSuccess,
        String message,
        String jobId,
        SqlJobType jobType,
        List<SqlColumn> schema,
        List<List<Object>> rows,
        SqlJobMode jobMode) {
    /**
     * Copies the lists.
     *
     * @param isSuccess whether the request was sent successfully ({@code is_success})
     * @param message the service's message; may be empty
     * @param jobId the id of the new job ({@code job_id})
     * @param jobType the job type ({@code job_type})
     * @param schema for DDL statements: the result columns; never {@code null}
     * @param rows for DDL statements: the result rows, each a list of JSON values ({@code String}, {@code Number}, {@code Boolean} or {@code null}); never {@code null}
     * @param jobMode how the job runs ({@code job_mode})
     */
    public SubmitSqlJobResponse {
        schema = Validate.list("schema", schema);
        rows = SqlValidation.rows(rows);
    }
}
