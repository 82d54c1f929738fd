package io.lakejob.sdk.model.catalog;

/**
 * A database as listed (reference 7.1.3, table 7-13).
 *
 * @param databaseName the database name
 * @param owner the user who created it
 * @param tableNumber the number of tables in it ({@code table_number})
 * @param description the description
 * @param enterpriseProjectId the enterprise project id ({@code "0"} is the default project)
 */
public record Database(
        String databaseName, String owner, Integer tableNumber, String description, String enterpriseProjectId) {

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this database's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder()
                .databaseName(databaseName)
                .owner(owner)
                .tableNumber(tableNumber)
                .description(description)
                .enterpriseProjectId(enterpriseProjectId);
    }

    /** Builds a {@link Database}. */
    public static final class Builder {
        private String databaseName;
        private String owner;
        private Integer tableNumber;
        private String description;
        private String enterpriseProjectId;

        private Builder() {}

        /**
         * Sets the database name.
         *
         * @param v the value
         * @return this builder
         */
        public Builder databaseName(String v) {
            databaseName = v;
            return this;
        }

        /**
         * Sets the owner.
         *
         * @param v the value
         * @return this builder
         */
        public Builder owner(String v) {
            owner = v;
            return this;
        }

        /**
         * Sets the number of tables.
         *
         * @param v the value
         * @return this builder
         */
        public Builder tableNumber(Integer v) {
            tableNumber = v;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param v the value
         * @return this builder
         */
        public Builder description(String v) {
            description = v;
            return this;
        }

        /**
         * Sets the enterprise project id.
         *
         * @param v the value
         * @return this builder
         */
        public Builder enterpriseProjectId(String v) {
            enterpriseProjectId = v;
            return this;
        }

        /**
         * Builds the database.
         *
         * @return the database
         */
        public Database build() {
            return new Database(databaseName, owner, tableNumber, description, enterpriseProjectId);
        }
    }
}
