package io.lakejob.sdk.model.resource;

import io.lakejob.sdk.internal.Validate;

/**
 * Reads one resource package, optionally inside a group (reference 8.6).
 *
 * @param resourceName the package name ({@code resource_name}, a path parameter)
 * @param group the group the package was uploaded into (query parameter {@code group}), or {@code null}
 */
public record GetResourceRequest(String resourceName, String group) {
    /**
     * Validates the request.
     *
     * @param resourceName the package name
     * @param group the group, or {@code null}
     */
    public GetResourceRequest {
        Validate.pathSegment("resource_name", Validate.required("resource_name", resourceName));
        ResourceRules.group("group", group);
    }

    /**
     * A request for a package outside any group.
     *
     * @param resourceName the package name
     * @return the request
     */
    public static GetResourceRequest of(String resourceName) {
        return new GetResourceRequest(resourceName, null);
    }

    /**
     * A request for a package inside a group.
     *
     * @param resourceName the package name
     * @param group the group name
     * @return the request
     */
    public static GetResourceRequest of(String resourceName, String group) {
        return new GetResourceRequest(resourceName, group);
    }
}
