package io.lakejob.sdk.spi;

/** The enhanced connection (reference chapter 12) operations. */
public final class ConnectionOperations {
    private ConnectionOperations() {}
}
