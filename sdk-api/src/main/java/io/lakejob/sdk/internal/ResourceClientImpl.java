package io.lakejob.sdk.internal;

import io.lakejob.sdk.ResourceClient;
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
import io.lakejob.sdk.spi.ResourceOperations;

/** Implements {@link ResourceClient} on an {@link Invoker}. */
public final class ResourceClientImpl implements ResourceClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public ResourceClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public ResourceGroup upload(UploadResourcesRequest request) {
        return invoker.invoke(ResourceOperations.UPLOAD_RESOURCES, request);
    }

    @Override
    public ListResourcesResponse list(ListResourcesRequest request) {
        return invoker.invoke(ResourceOperations.LIST_RESOURCES, request);
    }

    @Override
    public ResourceGroup uploadJars(UploadModuleRequest request) {
        return invoker.invoke(ResourceOperations.UPLOAD_JAR_RESOURCES, request);
    }

    @Override
    public ResourceGroup uploadPyFiles(UploadModuleRequest request) {
        return invoker.invoke(ResourceOperations.UPLOAD_PY_FILE_RESOURCES, request);
    }

    @Override
    public ResourceGroup uploadFiles(UploadModuleRequest request) {
        return invoker.invoke(ResourceOperations.UPLOAD_FILE_RESOURCES, request);
    }

    @Override
    public Resource get(GetResourceRequest request) {
        return invoker.invoke(ResourceOperations.GET_RESOURCE, request);
    }

    @Override
    public BasicResponse delete(DeleteResourceRequest request) {
        return invoker.invoke(ResourceOperations.DELETE_RESOURCE, request);
    }

    @Override
    public BasicResponse updateOwner(UpdateResourceOwnerRequest request) {
        return invoker.invoke(ResourceOperations.UPDATE_RESOURCE_OWNER, request);
    }
}
