package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.internal.Validate;

/**
 * Lists the tables of a database (reference 7.2.3). Paged with {@code page-size}/{@code current-page}.
 *
 * @param databaseName the database
 * @param keyword a fragment of the table name to filter by, or {@code null}
 * @param withDetail whether to return details such as owner and size ({@code with-detail}); {@code null}
 *     means false, and then each table carries only {@code data_location}, {@code table_name} and
 *     {@code table_type}
 * @param pageSize the page size ({@code page-size}), 1-100, or {@code null}
 * @param currentPage the 1-based page number ({@code current-page}), at least 1, or {@code null}
 * @param withPriv whether to return permission information ({@code with-priv}), or {@code null}
 * @param tableType filter by table type ({@code table-type}), or {@code null}
 * @param datasourceType filter by data source type ({@code datasource-type}), or {@code null}
 * @param withoutTablemeta whether to skip table metadata, which answers much faster
 *     ({@code without-tablemeta}); {@code null} means false
 */
public record ListTablesRequest(
        String databaseName,
        String keyword,
        Boolean withDetail,
        Integer pageSize,
        Integer currentPage,
        Boolean withPriv,
        TableTypeFilter tableType,
        DatasourceType datasourceType,
        Boolean withoutTablemeta) {

    /** The largest page size the service accepts. */
    public static final int MAX_PAGE_SIZE = 100;

    /**
     * Validates the request.
     *
     * @param databaseName the database
     * @param keyword the name filter
     * @param withDetail whether to return details
     * @param pageSize the page size
     * @param currentPage the page number
     * @param withPriv whether to return permissions
     * @param tableType the table type filter
     * @param datasourceType the data source type filter
     * @param withoutTablemeta whether to skip metadata
     */
    public ListTablesRequest {
        CatalogNames.databasePath(databaseName);
        Validate.range("page-size", pageSize, 1, MAX_PAGE_SIZE);
        Validate.range("current-page", currentPage, 1, Integer.MAX_VALUE);
    }

    /**
     * A request for every table of a database, without filters.
     *
     * @param databaseName the database
     * @return the request
     */
    public static ListTablesRequest of(String databaseName) {
        return builder().databaseName(databaseName).build();
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
                .keyword(keyword)
                .withDetail(withDetail)
                .pageSize(pageSize)
                .currentPage(currentPage)
                .withPriv(withPriv)
                .tableType(tableType)
                .datasourceType(datasourceType)
                .withoutTablemeta(withoutTablemeta);
    }

    /** Builds a {@link ListTablesRequest}. */
    public static final class Builder {
        private String databaseName;
        private String keyword;
        private Boolean withDetail;
        private Integer pageSize;
        private Integer currentPage;
        private Boolean withPriv;
        private TableTypeFilter tableType;
        private DatasourceType datasourceType;
        private Boolean withoutTablemeta;

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
         * Sets the name filter.
         *
         * @param keyword a fragment of the name
         * @return this builder
         */
        public Builder keyword(String keyword) {
            this.keyword = keyword;
            return this;
        }

        /**
         * Sets whether details are returned.
         *
         * @param withDetail the flag
         * @return this builder
         */
        public Builder withDetail(Boolean withDetail) {
            this.withDetail = withDetail;
            return this;
        }

        /**
         * Sets the page size.
         *
         * @param pageSize 1-100
         * @return this builder
         */
        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Sets the 1-based page number.
         *
         * @param currentPage at least 1
         * @return this builder
         */
        public Builder currentPage(Integer currentPage) {
            this.currentPage = currentPage;
            return this;
        }

        /**
         * Sets whether permission information is returned.
         *
         * @param withPriv the flag
         * @return this builder
         */
        public Builder withPriv(Boolean withPriv) {
            this.withPriv = withPriv;
            return this;
        }

        /**
         * Sets the table type filter.
         *
         * @param tableType the type
         * @return this builder
         */
        public Builder tableType(TableTypeFilter tableType) {
            this.tableType = tableType;
            return this;
        }

        /**
         * Sets the data source type filter.
         *
         * @param datasourceType the type
         * @return this builder
         */
        public Builder datasourceType(DatasourceType datasourceType) {
            this.datasourceType = datasourceType;
            return this;
        }

        /**
         * Sets whether table metadata is skipped.
         *
         * @param withoutTablemeta the flag
         * @return this builder
         */
        public Builder withoutTablemeta(Boolean withoutTablemeta) {
            this.withoutTablemeta = withoutTablemeta;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         */
        public ListTablesRequest build() {
            return new ListTablesRequest(
                    databaseName,
                    keyword,
                    withDetail,
                    pageSize,
                    currentPage,
                    withPriv,
                    tableType,
                    datasourceType,
                    withoutTablemeta);
        }
    }
}
