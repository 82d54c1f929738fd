package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.Validate;
import java.util.List;

/**
 * The answer to {@code PreviewSqlJobResult} (reference 7.3.6): at most the first 1000 rows of a
 * {@code QUERY} job's result.
 *
 * @param isSuccess whether the request succeeded ({@code is_success})
 * @param message the service's message; may be empty
 * @param jobId the job id ({@code job_id})
 * @param jobType the job type ({@code job_type}); only {@code QUERY} results can be previewed
 * @param rowCount the total number of result rows ({@code row_count})
 * @param inputSize the amount of data the job scanned ({@code input_size})
 * @param schema the result columns; never {@code null}
 * @param rows the result rows, each a list of JSON values ({@code String}, {@code Number}, {@code Boolean} or {@code null}); never {@code null}
 */
public record PreviewSqlJobResultResponse(
        Boolean isSuccess,
        String message,
        String jobId,
        SqlJobType jobType,
        Integer rowCount,
        Long inputSize,
        List<SqlColumn> schema,
        List<List<Object>> rows) {
    /**
     * Copies the lists.
     *
     * @param isSuccess whether the request succeeded ({@code is_success})
     * @param message the service's message; may be empty
     * @param jobId the job id ({@code job_id})
     * @param jobType the job type ({@code job_type}); only {@code QUERY} results can be previewed
     * @param rowCount the total number of result rows ({@code row_count})
     * @param inputSize the amount of data the job scanned ({@code input_size})
     * @param schema the result columns; never {@code null}
     * @param rows the result rows, each a list of JSON values ({@code String}, {@code Number}, {@code Boolean} or {@code null}); never {@code null}
     */
    public PreviewSqlJobResultResponse {
        schema = Validate.list("schema", schema);
        rows = SqlValidation.rows(rows);
    }
}
