package io.lakejob.sdk.spi;

/** The global variable (reference chapter 13) operations. */
public final class VariableOperations {
    private VariableOperations() {}
}
