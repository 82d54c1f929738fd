package io.lakejob.sdk.spi;

/** The client groups, following the chapters of the DLI reference. */
public enum OperationGroup {
    /** Chapter 5: permissions. */
    PERMISSIONS,
    /** Chapter 6: queues and scaling plans. */
    QUEUES,
    /** Chapter 7.1 and 7.2: databases, tables, partitions. */
    CATALOG,
    /** Chapter 7.3: SQL statement jobs. */
    SQL_JOBS,
    /** Chapter 8: resource groups and packages. */
    RESOURCES,
    /** Chapter 9: Flink SQL and jar jobs. */
    FLINK_JOBS,
    /** Chapter 10: Spark batch jobs. */
    BATCHES,
    /** Chapter 11: Flink job templates. */
    TEMPLATES,
    /** Chapter 12: enhanced datasource connections. */
    CONNECTIONS,
    /** Chapter 13: global variables. */
    VARIABLES,
    /** Flink-platform operations of the Dinky OpenAPI: execute with results, explain, plans, savepoints. */
    FLINK_PLATFORM
}
