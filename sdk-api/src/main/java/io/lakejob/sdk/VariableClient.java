package io.lakejob.sdk;

/**
 * Global variables (reference chapter 13). Thread-safe.
 */
public interface VariableClient {}
