package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates a database (reference 7.1.1).
 *
 * @param databaseName the database name: 1-128 digits, letters and underscores, not all digits, not
 *     starting with '_', not {@code default} (the built-in database); case-insensitive
 * @param description the description, or {@code null}
 * @param enterpriseProjectId the enterprise project id ({@code "0"} is the default project), or {@code null}
 * @param tags the database's tags; never {@code null}
 */
public record CreateDatabaseRequest(
        String databaseName, String description, String enterpriseProjectId, List<Tag> tags) {

    /**
     * Validates the request.
     *
     * @param databaseName the database name
     * @param description the description
     * @param enterpriseProjectId the enterprise project id
     * @param tags the tags
     */
    public CreateDatabaseRequest {
        CatalogNames.newDatabase(databaseName);
        tags = Validate.list("tags", tags);
    }

    /**
     * A request for a database with only a name.
     *
     * @param databaseName the database name
     * @return the request
     */
    public static CreateDatabaseRequest of(String databaseName) {
        return new CreateDatabaseRequest(databaseName, null, null, List.of());
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
        return new Builder()
                .databaseName(databaseName)
                .description(description)
                .enterpriseProjectId(enterpriseProjectId)
                .tags(tags);
    }

    /** Builds a {@link CreateDatabaseRequest}. */
    public static final class Builder {
        private String databaseName;
        private String description;
        private String enterpriseProjectId;
        private List<Tag> tags = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the database name (required).
         *
         * @param databaseName the name
         * @return this builder
         */
        public Builder databaseName(String databaseName) {
            this.databaseName = databaseName;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the enterprise project id.
         *
         * @param enterpriseProjectId the id; {@code "0"} is the default project
         * @return this builder
         */
        public Builder enterpriseProjectId(String enterpriseProjectId) {
            this.enterpriseProjectId = enterpriseProjectId;
            return this;
        }

        /**
         * Replaces the tags.
         *
         * @param tags the tags
         * @return this builder
         */
        public Builder tags(List<Tag> tags) {
            this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
            return this;
        }

        /**
         * Adds a tag.
         *
         * @param key the tag key
         * @param value the tag value
         * @return this builder
         */
        public Builder addTag(String key, String value) {
            this.tags.add(Tag.of(key, value));
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public CreateDatabaseRequest build() {
            return new CreateDatabaseRequest(databaseName, description, enterpriseProjectId, tags);
        }
    }
}
