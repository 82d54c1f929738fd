package io.lakejob.sdk.model.resource;

import io.lakejob.sdk.internal.Validate;

/**
 * Deletes one resource package, optionally inside a group (reference 8.7). Deleting a package that does not exist fails with status 404.
 *
 * @param resourceName the package name ({@code resource_name}, a path parameter)
 * @param group the group the package was uploaded into (query parameter {@code group}), or {@code null}
 */
public record DeleteResourceRequest(String resourceName, String group) {
    /**
     * Validates the request.
     *
     * @param resourceName the package name
     * @param group the group, or {@code null}
     */
    public DeleteResourceRequest {
        Validate.pathSegment("resource_name", Validate.required("resource_name", resourceName));
        ResourceRules.group("group", group);
    }

    /**
     * A request for a package outside any group.
     *
     * @param resourceName the package name
     * @return the request
     */
    public static DeleteResourceRequest of(String resourceName) {
        return new DeleteResourceRequest(resourceName, null);
    }

    /**
     * A request for a package inside a group.
     *
     * @param resourceName the package name
     * @param group the group name
     * @return the request
     */
    public static DeleteResourceRequest of(String resourceName, String group) {
        return new DeleteResourceRequest(resourceName, group);
    }
}
