package io.lakejob.sdk.spi;

/** The catalog (reference chapters 7.1 and 7.2) operations. */
public final class CatalogOperations {
    private CatalogOperations() {}
}
