package io.lakejob.sdk.spi;

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

/** The resource operations (reference chapter 8). */
public final class ResourceOperations {
    private ResourceOperations() {}

    /** 8.1 Upload a resource group. */
    public static final Operation<UploadResourcesRequest, ResourceGroup> UPLOAD_RESOURCES = Operation.rest(
            "UploadResources",
            "8.1",
            OperationGroup.RESOURCES,
            HttpMethod.POST,
            "/v2.0/{project_id}/resources",
            UploadResourcesRequest.class,
            ResourceGroup.class);

    /** 8.2 List resources, groups and modules. */
    public static final Operation<ListResourcesRequest, ListResourcesResponse> LIST_RESOURCES = Operation.rest(
            "ListResources",
            "8.2",
            OperationGroup.RESOURCES,
            HttpMethod.GET,
            "/v2.0/{project_id}/resources",
            ListResourcesRequest.class,
            ListResourcesResponse.class);

    /** 8.3 Upload jar resources into a group. */
    public static final Operation<UploadModuleRequest, ResourceGroup> UPLOAD_JAR_RESOURCES = Operation.rest(
            "UploadJarResources",
            "8.3",
            OperationGroup.RESOURCES,
            HttpMethod.POST,
            "/v2.0/{project_id}/resources/jars",
            UploadModuleRequest.class,
            ResourceGroup.class);

    /** 8.4 Upload Python file resources into a group. */
    public static final Operation<UploadModuleRequest, ResourceGroup> UPLOAD_PY_FILE_RESOURCES = Operation.rest(
            "UploadPyFileResources",
            "8.4",
            OperationGroup.RESOURCES,
            HttpMethod.POST,
            "/v2.0/{project_id}/resources/pyfiles",
            UploadModuleRequest.class,
            ResourceGroup.class);

    /** 8.5 Upload file resources into a group. */
    public static final Operation<UploadModuleRequest, ResourceGroup> UPLOAD_FILE_RESOURCES = Operation.rest(
            "UploadFileResources",
            "8.5",
            OperationGroup.RESOURCES,
            HttpMethod.POST,
            "/v2.0/{project_id}/resources/files",
            UploadModuleRequest.class,
            ResourceGroup.class);

    /** 8.6 Describe a resource package. */
    public static final Operation<GetResourceRequest, Resource> GET_RESOURCE = Operation.rest(
            "GetResource",
            "8.6",
            OperationGroup.RESOURCES,
            HttpMethod.GET,
            "/v2.0/{project_id}/resources/{resource_name}",
            GetResourceRequest.class,
            Resource.class);

    /** 8.7 Delete a resource package. */
    public static final Operation<DeleteResourceRequest, BasicResponse> DELETE_RESOURCE = Operation.rest(
            "DeleteResource",
            "8.7",
            OperationGroup.RESOURCES,
            HttpMethod.DELETE,
            "/v2.0/{project_id}/resources/{resource_name}",
            DeleteResourceRequest.class,
            BasicResponse.class);

    /** 8.8 Change the owner of a group or package. */
    public static final Operation<UpdateResourceOwnerRequest, BasicResponse> UPDATE_RESOURCE_OWNER = Operation.rest(
            "UpdateResourceOwner",
            "8.8",
            OperationGroup.RESOURCES,
            HttpMethod.PUT,
            "/v2.0/{project_id}/resources/owner",
            UpdateResourceOwnerRequest.class,
            BasicResponse.class);
}
