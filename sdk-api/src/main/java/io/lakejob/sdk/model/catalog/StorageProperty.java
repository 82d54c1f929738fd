package io.lakejob.sdk.model.catalog;

/**
 * One storage property of a described table (reference 7.2.4 {@code storage_properties}), for example
 * {@code delimiter}, {@code escape}, {@code quote}, {@code header}, {@code dateformat} or
 * {@code timestampformat}.
 *
 * @param key the property name
 * @param value the property value
 */
public record StorageProperty(String key, String value) {
    /**
     * Creates a property.
     *
     * @param key the name
     * @param value the value
     * @return the property
     */
    public static StorageProperty of(String key, String value) {
        return new StorageProperty(key, value);
    }
}
