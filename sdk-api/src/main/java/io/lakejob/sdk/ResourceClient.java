package io.lakejob.sdk;

/**
 * Resource groups and packages: jars, Python files and files (reference chapter 8). Thread-safe.
 */
public interface ResourceClient {}
