/**
 * Requests, answers and entities of the catalog operations: databases (reference 7.1) and tables and
 * partitions (7.2).
 */
package io.lakejob.sdk.model.catalog;
