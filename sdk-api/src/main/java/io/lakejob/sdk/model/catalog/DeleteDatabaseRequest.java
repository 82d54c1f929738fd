package io.lakejob.sdk.model.catalog;

/**
 * Deletes a database (reference 7.1.2). Without {@code cascade} the database must be empty.
 *
 * @param databaseName the database to delete
 * @param cascade whether to delete the database's tables too ({@code cascade}); {@code null} means false.
 *     Use with care: every table of the database is dropped
 * @param async whether the service deletes asynchronously and answers with a job id ({@code async});
 *     {@code null} means false
 */
public record DeleteDatabaseRequest(String databaseName, Boolean cascade, Boolean async) {
    /**
     * Validates the request.
     *
     * @param databaseName the database
     * @param cascade whether to drop its tables
     * @param async whether to delete asynchronously
     */
    public DeleteDatabaseRequest {
        CatalogNames.databasePath(databaseName);
    }

    /**
     * A synchronous, non-cascading deletion of the named (empty) database.
     *
     * @param databaseName the database
     * @return the request
     */
    public static DeleteDatabaseRequest of(String databaseName) {
        return new DeleteDatabaseRequest(databaseName, null, null);
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
     * A builder holding this request's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().databaseName(databaseName).cascade(cascade).async(async);
    }

    /** Builds a {@link DeleteDatabaseRequest}. */
    public static final class Builder {
        private String databaseName;
        private Boolean cascade;
        private Boolean async;

        private Builder() {}

        /**
         * Sets the database (required).
         *
         * @param databaseName the database
         * @return this builder
         */
        public Builder databaseName(String databaseName) {
            this.databaseName = databaseName;
            return this;
        }

        /**
         * Sets whether the database's tables are dropped too.
         *
         * @param cascade the flag
         * @return this builder
         */
        public Builder cascade(Boolean cascade) {
            this.cascade = cascade;
            return this;
        }

        /**
         * Sets whether the deletion runs asynchronously.
         *
         * @param async the flag
         * @return this builder
         */
        public Builder async(Boolean async) {
            this.async = async;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         */
        public DeleteDatabaseRequest build() {
            return new DeleteDatabaseRequest(databaseName, cascade, async);
        }
    }
}
