package io.lakejob.sdk.model.flink;

import java.util.List;

/**
 * The outcome of {@code ExplainSql}: one entry per statement of the script, in order.
 *
 * @param statements the per-statement results; never {@code null}
 */
public record SqlExplainResult(List<StatementExplain> statements) {
    /**
     * Copies the list.
     *
     * @param statements the per-statement results
     */
    public SqlExplainResult {
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    /**
     * Whether every statement parsed and validated.
     *
     * @return {@code true} when no statement has an error
     */
    public boolean valid() {
        return statements.stream().allMatch(StatementExplain::valid);
    }
}
