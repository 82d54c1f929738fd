package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.internal.Validate;

/**
 * Gives a database a new owner (reference 7.1.4).
 *
 * @param databaseName the database
 * @param newOwner the new owner ({@code new_owner}): a sub-user of the current tenant
 */
public record UpdateDatabaseOwnerRequest(String databaseName, String newOwner) {
    /**
     * Validates the request.
     *
     * @param databaseName the database
     * @param newOwner the new owner
     */
    public UpdateDatabaseOwnerRequest {
        CatalogNames.databasePath(databaseName);
        Validate.requiredText("new_owner", newOwner, 1, Integer.MAX_VALUE);
    }

    /**
     * A request giving the database to the named user.
     *
     * @param databaseName the database
     * @param newOwner the new owner
     * @return the request
     */
    public static UpdateDatabaseOwnerRequest of(String databaseName, String newOwner) {
        return new UpdateDatabaseOwnerRequest(databaseName, newOwner);
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
        return new Builder().databaseName(databaseName).newOwner(newOwner);
    }

    /** Builds an {@link UpdateDatabaseOwnerRequest}. */
    public static final class Builder {
        private String databaseName;
        private String newOwner;

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
         * Sets the new owner (required).
         *
         * @param newOwner a sub-user of the current tenant
         * @return this builder
         */
        public Builder newOwner(String newOwner) {
            this.newOwner = newOwner;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         */
        public UpdateDatabaseOwnerRequest build() {
            return new UpdateDatabaseOwnerRequest(databaseName, newOwner);
        }
    }
}
