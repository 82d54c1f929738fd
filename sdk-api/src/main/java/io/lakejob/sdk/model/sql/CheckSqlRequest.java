package io.lakejob.sdk.model.sql;

/**
 * Checks the syntax of a SQL statement without running it (reference 7.3.9).
 *
 * @param sql the SQL statement; required, non-blank, at most 1,048,576 characters
 * @param currentdb the database the statement refers to; needed unless the statement names its database
 */
public record CheckSqlRequest(String sql, String currentdb) {
    /**
     * Validates the request.
     *
     * @param sql the SQL statement; required, non-blank, at most 1,048,576 characters
     * @param currentdb the database the statement refers to; needed unless the statement names its database
     */
    public CheckSqlRequest {
        SqlValidation.sql(sql);
        SqlValidation.databaseName("currentdb", currentdb);
    }

    /**
     * A request checking the statement.
     *
     * @param sql the SQL statement
     * @param currentdb the database, or {@code null}
     * @return the request
     */
    public static CheckSqlRequest of(String sql, String currentdb) {
        return new CheckSqlRequest(sql, currentdb);
    }

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.sql = sql;
        b.currentdb = currentdb;
        return b;
    }

    /** Builds a {@link CheckSqlRequest}. */
    public static final class Builder {
        private String sql;
        private String currentdb;

        private Builder() {}

        /**
         * Sets the SQL statement.
         *
         * @param sql the SQL statement; required, non-blank, at most 1,048,576 characters
         * @return this builder
         */
        public Builder sql(String sql) {
            this.sql = sql;
            return this;
        }

        /**
         * Sets the database the statement refers to.
         *
         * @param currentdb the database the statement refers to; needed unless the statement names its database
         * @return this builder
         */
        public Builder currentdb(String currentdb) {
            this.currentdb = currentdb;
            return this;
        }

        /**
         * Builds and validates.
         *
         * @return the request
         */
        public CheckSqlRequest build() {
            return new CheckSqlRequest(sql, currentdb);
        }
    }
}
