package io.lakejob.sdk;

/**
 * Databases, tables and partitions (reference chapters 7.1 and 7.2). Thread-safe.
 */
public interface CatalogClient {}
