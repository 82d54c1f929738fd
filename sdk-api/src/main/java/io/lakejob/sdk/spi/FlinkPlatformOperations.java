package io.lakejob.sdk.spi;

/** The Flink-platform (Dinky OpenAPI) operations. */
public final class FlinkPlatformOperations {
    private FlinkPlatformOperations() {}
}
