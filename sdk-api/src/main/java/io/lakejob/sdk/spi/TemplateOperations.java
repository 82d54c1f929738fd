package io.lakejob.sdk.spi;

/** The Flink job template operations (reference chapter 11). */
public final class TemplateOperations {
    private TemplateOperations() {}
}
