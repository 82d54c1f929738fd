package io.lakejob.sdk.spi;

/** The SQL job (reference chapter 7.3) operations. */
public final class SqlJobOperations {
    private SqlJobOperations() {}
}
