package io.lakejob.sdk.model.batch;

/**
 * A resource package a batch job uses (reference 10.1.1, table 10-4).
 *
 * @param name the package name, or an OBS path such as {@code obs://bucket/package}; may be {@code null}
 * @param type the package type, for example {@code jar}; may be {@code null}
 */
public record BatchResource(String name, String type) {
    /**
     * A resource.
     *
     * @param name the package name or OBS path
     * @param type the package type
     * @return the resource
     */
    public static BatchResource of(String name, String type) {
        return new BatchResource(name, type);
    }
}
