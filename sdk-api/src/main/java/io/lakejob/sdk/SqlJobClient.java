package io.lakejob.sdk;

/**
 * SQL statement jobs: submit, status, detail, preview, cancel, check, import and export (reference chapter 7.3). Thread-safe.
 */
public interface SqlJobClient {}
