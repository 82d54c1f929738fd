package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.exception.ValidationException;

/**
 * Previews the first 10 rows of a table (reference 7.2.5).
 *
 * @param databaseName the table's database
 * @param tableName the table
 * @param mode {@code SYNC} (rows in the answer) or {@code ASYNC} (a job id in the answer); {@code null}
 *     means {@code SYNC}
 */
public record PreviewTableRequest(String databaseName, String tableName, PreviewMode mode) {
    /**
     * Validates the request.
     *
     * @param databaseName the database
     * @param tableName the table
     * @param mode the preview mode
     */
    public PreviewTableRequest {
        CatalogNames.databasePath(databaseName);
        CatalogNames.table(tableName);
        if (mode != null && !mode.isKnown()) {
            throw new ValidationException("mode", "must be one of " + PreviewMode.knownValues() + ", was " + mode);
        }
    }

    /**
     * A synchronous preview of the named table.
     *
     * @param databaseName the database
     * @param tableName the table
     * @return the request
     */
    public static PreviewTableRequest of(String databaseName, String tableName) {
        return new PreviewTableRequest(databaseName, tableName, null);
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
        return new Builder().databaseName(databaseName).tableName(tableName).mode(mode);
    }

    /** Builds a {@link PreviewTableRequest}. */
    public static final class Builder {
        private String databaseName;
        private String tableName;
        private PreviewMode mode;

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
         * Sets the preview mode.
         *
         * @param mode {@code SYNC} or {@code ASYNC}
         * @return this builder
         */
        public Builder mode(PreviewMode mode) {
            this.mode = mode;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         */
        public PreviewTableRequest build() {
            return new PreviewTableRequest(databaseName, tableName, mode);
        }
    }
}
