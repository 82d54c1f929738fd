package io.lakejob.sdk.model.resource;

import io.lakejob.sdk.Page;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListResources} (reference 8.2, table 8-9). As a {@link Page} its items
 * are the ungrouped {@code resources}; the groups and modules are in their own fields.
 *
 * @param resources the uploaded user resources; never {@code null}
 * @param modules the system's built-in resource modules; never {@code null}
 * @param groups the uploaded user resource groups; never {@code null}
 * @param total the number of resource packages returned, or {@code null} if not sent
 */
public record ListResourcesResponse(
        List<Resource> resources, List<ResourceModule> modules, List<ResourceGroup> groups, Integer total)
        implements Page<Resource> {
    /**
     * Copies the lists.
     *
     * @param resources the user resources
     * @param modules the built-in modules
     * @param groups the user groups
     * @param total the number of packages returned
     */
    public ListResourcesResponse {
        resources = resources == null ? List.of() : List.copyOf(resources);
        modules = modules == null ? List.of() : List.copyOf(modules);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    @Override
    public List<Resource> items() {
        return resources;
    }

    /**
     * Not reported for {@link #items()}: {@code total} counts every package returned, grouped ones included.
     *
     * @return empty
     */
    @Override
    public OptionalLong totalCount() {
        return OptionalLong.empty();
    }
}
