package io.lakejob.sdk;

/**
 * Flink SQL and jar jobs (reference chapter 9). Thread-safe.
 */
public interface JobClient {}
