package io.lakejob.sdk;

/**
 * Permissions on queues, databases, tables and other objects (reference chapter 5). Thread-safe.
 */
public interface PermissionClient {}
