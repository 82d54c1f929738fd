package io.lakejob.sdk.model;

import io.lakejob.sdk.internal.Validate;

/**
 * A resource tag: a key and a value.
 *
 * @param key the tag key; 1-128 characters
 * @param value the tag value; 0-255 characters
 */
public record Tag(String key, String value) {
    /**
     * Validates the tag.
     *
     * @param key the tag key
     * @param value the tag value
     */
    public Tag {
        Validate.requiredText("tags.key", key, 1, 128);
        Validate.required("tags.value", value);
        Validate.length("tags.value", value, 0, 255);
    }

    /**
     * Creates a tag.
     *
     * @param key the key
     * @param value the value
     * @return the tag
     */
    public static Tag of(String key, String value) {
        return new Tag(key, value);
    }
}
