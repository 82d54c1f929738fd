package io.lakejob.sdk.spi;

/** The resource (reference chapter 8) operations. */
public final class ResourceOperations {
    private ResourceOperations() {}
}
