package io.lakejob.sdk.spi;

/** The permission (reference chapter 5) operations. */
public final class PermissionOperations {
    private PermissionOperations() {}
}
