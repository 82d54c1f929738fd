package io.lakejob.sdk;

import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.resource.DeleteResourceRequest;
import io.lakejob.sdk.model.resource.GetResourceRequest;
import io.lakejob.sdk.model.resource.ListResourcesRequest;
import io.lakejob.sdk.model.resource.ListResourcesResponse;
import io.lakejob.sdk.model.resource.Resource;
import io.lakejob.sdk.model.resource.ResourceGroup;
import io.lakejob.sdk.model.resource.UpdateResourceOwnerRequest;
import io.lakejob.sdk.model.resource.UploadModuleRequest;
import io.lakejob.sdk.model.resource.UploadResourcesRequest;
import java.util.List;
import java.util.function.Consumer;

/**
 * Resource groups and packages: jars, Python files and files (reference chapter 8). Thread-safe.
 */
public interface ResourceClient {
    /**
     * Uploads OBS objects as a resource group (8.1, {@code POST /v2.0/{project_id}/resources}).
     *
     * @param request the request
     * @return the group as created
     */
    ResourceGroup upload(UploadResourcesRequest request);

    /**
     * Uploads OBS objects as a resource group (8.1), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the group as created
     */
    default ResourceGroup upload(Consumer<UploadResourcesRequest.Builder> request) {
        UploadResourcesRequest.Builder b = UploadResourcesRequest.builder();
        request.accept(b);
        return upload(b.build());
    }

    /**
     * Lists the project's resources, groups and built-in modules (8.2, {@code GET /v2.0/{project_id}/resources}).
     *
     * @param request the filters
     * @return everything matching, in one answer
     */
    ListResourcesResponse list(ListResourcesRequest request);

    /**
     * Lists the project's resources, groups and built-in modules (8.2), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return everything matching, in one answer
     */
    default ListResourcesResponse list(Consumer<ListResourcesRequest.Builder> request) {
        ListResourcesRequest.Builder b = ListResourcesRequest.builder();
        request.accept(b);
        return list(b.build());
    }

    /**
     * Lists everything (8.2) without filters.
     *
     * @return everything, in one answer
     */
    default ListResourcesResponse list() {
        return list(ListResourcesRequest.all());
    }

    /**
     * Every ungrouped resource package matching the filters (8.2; not paged, one call).
     *
     * @param request the filters
     * @return a lazy iterable
     */
    default PagedIterable<Resource> listAll(ListResourcesRequest request) {
        return PagedIterable.single(() -> list(request));
    }

    /**
     * Uploads jars into a resource group (8.3, {@code POST /v2.0/{project_id}/resources/jars}).
     * A module with the same name is replaced.
     *
     * @param request the request
     * @return the group as uploaded
     */
    ResourceGroup uploadJars(UploadModuleRequest request);

    /**
     * Uploads jars into a resource group (8.3), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the group as uploaded
     */
    default ResourceGroup uploadJars(Consumer<UploadModuleRequest.Builder> request) {
        UploadModuleRequest.Builder b = UploadModuleRequest.builder();
        request.accept(b);
        return uploadJars(b.build());
    }

    /**
     * Uploads jars into a resource group (8.3).
     *
     * @param group the group name
     * @param paths the OBS object URLs
     * @return the group as uploaded
     */
    default ResourceGroup uploadJars(String group, List<String> paths) {
        return uploadJars(UploadModuleRequest.of(group, paths));
    }

    /**
     * Uploads Python files into a resource group (8.4, {@code POST /v2.0/{project_id}/resources/pyfiles}).
     * A module with the same name is replaced.
     *
     * @param request the request
     * @return the group as uploaded
     */
    ResourceGroup uploadPyFiles(UploadModuleRequest request);

    /**
     * Uploads Python files into a resource group (8.4), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the group as uploaded
     */
    default ResourceGroup uploadPyFiles(Consumer<UploadModuleRequest.Builder> request) {
        UploadModuleRequest.Builder b = UploadModuleRequest.builder();
        request.accept(b);
        return uploadPyFiles(b.build());
    }

    /**
     * Uploads Python files into a resource group (8.4).
     *
     * @param group the group name
     * @param paths the OBS object URLs
     * @return the group as uploaded
     */
    default ResourceGroup uploadPyFiles(String group, List<String> paths) {
        return uploadPyFiles(UploadModuleRequest.of(group, paths));
    }

    /**
     * Uploads files into a resource group (8.5, {@code POST /v2.0/{project_id}/resources/files}).
     * A module with the same name is replaced.
     *
     * @param request the request
     * @return the group as uploaded
     */
    ResourceGroup uploadFiles(UploadModuleRequest request);

    /**
     * Uploads files into a resource group (8.5), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the group as uploaded
     */
    default ResourceGroup uploadFiles(Consumer<UploadModuleRequest.Builder> request) {
        UploadModuleRequest.Builder b = UploadModuleRequest.builder();
        request.accept(b);
        return uploadFiles(b.build());
    }

    /**
     * Uploads files into a resource group (8.5).
     *
     * @param group the group name
     * @param paths the OBS object URLs
     * @return the group as uploaded
     */
    default ResourceGroup uploadFiles(String group, List<String> paths) {
        return uploadFiles(UploadModuleRequest.of(group, paths));
    }

    /**
     * Reads one resource package (8.6, {@code GET /v2.0/{project_id}/resources/{resource_name}}).
     *
     * @param request the request
     * @return the package's details
     */
    Resource get(GetResourceRequest request);

    /**
     * Reads one ungrouped resource package by name (8.6).
     *
     * @param resourceName the package name
     * @return the package's details
     */
    default Resource get(String resourceName) {
        return get(GetResourceRequest.of(resourceName));
    }

    /**
     * Reads one resource package of a group (8.6).
     *
     * @param resourceName the package name
     * @param group the group name
     * @return the package's details
     */
    default Resource get(String resourceName, String group) {
        return get(GetResourceRequest.of(resourceName, group));
    }

    /**
     * Deletes one resource package (8.7, {@code DELETE /v2.0/{project_id}/resources/{resource_name}}).
     *
     * @param request the request
     * @return the outcome (the service sends no body; a missing package is a 404 error)
     */
    BasicResponse delete(DeleteResourceRequest request);

    /**
     * Deletes one ungrouped resource package by name (8.7).
     *
     * @param resourceName the package name
     * @return the outcome
     */
    default BasicResponse delete(String resourceName) {
        return delete(DeleteResourceRequest.of(resourceName));
    }

    /**
     * Deletes one resource package of a group (8.7).
     *
     * @param resourceName the package name
     * @param group the group name
     * @return the outcome
     */
    default BasicResponse delete(String resourceName, String group) {
        return delete(DeleteResourceRequest.of(resourceName, group));
    }

    /**
     * Changes the owner of a group or package (8.8, {@code PUT /v2.0/{project_id}/resources/owner}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse updateOwner(UpdateResourceOwnerRequest request);

    /**
     * Changes the owner of a group or package (8.8), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default BasicResponse updateOwner(Consumer<UpdateResourceOwnerRequest.Builder> request) {
        UpdateResourceOwnerRequest.Builder b = UpdateResourceOwnerRequest.builder();
        request.accept(b);
        return updateOwner(b.build());
    }
}
