package io.lakejob.sdk.model.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The answer to {@code PreviewTable} (reference 7.2.5).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param schema the columns' names and types, in order; never {@code null}
 * @param rows the previewed rows (at most 10); each row holds one value per schema column, as text, with
 *     {@code null} for SQL NULL; the lists are immutable and never {@code null}
 * @param jobId in {@code ASYNC} mode: the id of the job that produces the preview, otherwise {@code null}
 */
public record PreviewTableResponse(
        Boolean isSuccess, String message, List<PreviewColumn> schema, List<List<String>> rows, String jobId) {

    /**
     * Copies the lists, keeping {@code null} values inside rows.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param schema the schema
     * @param rows the rows
     * @param jobId the asynchronous job's id
     */
    public PreviewTableResponse {
        schema = schema == null ? List.of() : List.copyOf(schema);
        List<List<String>> copy = new ArrayList<>();
        if (rows != null) {
            for (List<String> row : rows) {
                copy.add(row == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(row)));
            }
        }
        rows = Collections.unmodifiableList(copy);
    }

    /**
     * The column names of the schema, in order.
     *
     * @return the names
     */
    public List<String> columnNames() {
        return schema.stream().map(PreviewColumn::name).toList();
    }
}
