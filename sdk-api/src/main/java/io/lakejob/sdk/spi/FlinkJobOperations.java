package io.lakejob.sdk.spi;

/** The Flink job (reference chapter 9) operations. */
public final class FlinkJobOperations {
    private FlinkJobOperations() {}
}
