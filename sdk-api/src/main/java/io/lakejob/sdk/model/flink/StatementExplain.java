package io.lakejob.sdk.model.flink;

/**
 * The analysis of one statement of a script ({@code ExplainSql}).
 *
 * @param index the statement's 1-based position in the script
 * @param type the statement type, for example {@code CREATE}, {@code INSERT}, {@code SELECT}, {@code SET}
 * @param sql the statement's SQL text
 * @param explain the plan Flink printed for it, or {@code null} when it has none or is invalid
 * @param valid whether the statement parsed and validated
 * @param error when not valid, the error naming the statement and the line, else {@code null}
 */
public record StatementExplain(int index, String type, String sql, String explain, boolean valid, String error) {
    /**
     * Checks the index.
     *
     * @param index the 1-based position
     * @param type the statement type
     * @param sql the SQL text
     * @param explain the plan text
     * @param valid whether it is valid
     * @param error the error
     */
    public StatementExplain {
        io.lakejob.sdk.internal.Validate.range("index", index, 1, Integer.MAX_VALUE);
    }
}
