package io.lakejob.sdk.spi;

/** The Spark batch (reference chapter 10) operations. */
public final class BatchOperations {
    private BatchOperations() {}
}
