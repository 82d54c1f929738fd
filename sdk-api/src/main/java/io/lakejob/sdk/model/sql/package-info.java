/**
 * Requests, responses and enumerations of the SQL job operations (reference chapter 7.3):
 * import and export of tables, submitting, listing, previewing, cancelling and checking SQL
 * statements, exporting query results, and reading a job's status, details and progress.
 *
 * <p>SQL job ids are text (UUID-like in the reference) and are validated as URL path segments.
 */
package io.lakejob.sdk.model.sql;
