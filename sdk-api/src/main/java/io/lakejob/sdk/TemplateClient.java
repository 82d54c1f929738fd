package io.lakejob.sdk;

/**
 * Flink job templates (reference chapter 11). Thread-safe.
 */
public interface TemplateClient {}
