package io.lakejob.sdk.model.batch;

import io.lakejob.sdk.internal.Validate;
import java.util.List;

/**
 * A user group of resource packages a batch job uses (reference 10.1.1, table 10-5).
 *
 * @param name the group name; may be {@code null}
 * @param resources the group's resources; never {@code null}
 */
public record BatchResourceGroup(String name, List<BatchResource> resources) {
    /**
     * Copies the resources.
     *
     * @param name the group name
     * @param resources the group's resources
     */
    public BatchResourceGroup {
        resources = Validate.list("groups.resources", resources);
    }

    /**
     * A group.
     *
     * @param name the group name
     * @param resources the group's resources
     * @return the group
     */
    public static BatchResourceGroup of(String name, List<BatchResource> resources) {
        return new BatchResourceGroup(name, resources);
    }
}
