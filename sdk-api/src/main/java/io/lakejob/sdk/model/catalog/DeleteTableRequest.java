package io.lakejob.sdk.model.catalog;

/**
 * Deletes a table (reference 7.2.2).
 *
 * @param databaseName the table's database
 * @param tableName the table to delete
 * @param async whether the service deletes asynchronously ({@code async}); {@code null} means false
 */
public record DeleteTableRequest(String databaseName, String tableName, Boolean async) {
    /**
     * Validates the request.
     *
     * @param databaseName the database
     * @param tableName the table
     * @param async whether to delete asynchronously
     */
    public DeleteTableRequest {
        CatalogNames.databasePath(databaseName);
        CatalogNames.table(tableName);
    }

    /**
     * A synchronous deletion of the named table.
     *
     * @param databaseName the database
     * @param tableName the table
     * @return the request
     */
    public static DeleteTableRequest of(String databaseName, String tableName) {
        return new DeleteTableRequest(databaseName, tableName, null);
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
        return new Builder().databaseName(databaseName).tableName(tableName).async(async);
    }

    /** Builds a {@link DeleteTableRequest}. */
    public static final class Builder {
        private String databaseName;
        private String tableName;
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
         * Sets the table (required).
         *
         * @param tableName the table
         * @return this builder
         */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
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
        public DeleteTableRequest build() {
            return new DeleteTableRequest(databaseName, tableName, async);
        }
    }
}
