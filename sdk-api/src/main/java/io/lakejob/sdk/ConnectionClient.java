package io.lakejob.sdk;

/**
 * Enhanced datasource connections (reference chapter 12). Thread-safe.
 */
public interface ConnectionClient {}
