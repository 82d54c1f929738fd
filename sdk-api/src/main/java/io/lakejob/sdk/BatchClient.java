package io.lakejob.sdk;

/**
 * Spark batch jobs (reference chapter 10). Thread-safe.
 */
public interface BatchClient {}
