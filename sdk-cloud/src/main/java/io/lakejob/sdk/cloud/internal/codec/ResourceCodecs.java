package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.model.resource.ListResourcesResponse;
import io.lakejob.sdk.model.resource.Resource;
import io.lakejob.sdk.model.resource.ResourceGroup;
import io.lakejob.sdk.model.resource.ResourceKind;
import io.lakejob.sdk.model.resource.ResourceModule;
import io.lakejob.sdk.model.resource.ResourceStatus;
import io.lakejob.sdk.model.resource.UploadModuleRequest;
import io.lakejob.sdk.model.resource.UploadResourcesRequest;
import io.lakejob.sdk.spi.ResourceOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The wire mapping of the resource operations, reference sections 8.1 to 8.8. Statuses are read
 * in any case ({@code uploading} is {@code UPLOADING}); a list answer without {@code total} has a
 * {@code null} total.
 */
final class ResourceCodecs {
    private ResourceCodecs() {}

    /**
     * The resource codecs.
     *
     * @return the codecs
     */
    static List<OperationCodec<?, ?>> all() {
        return List.of(
                // 8.1 POST /v2.0/{project_id}/resources
                RestCodec.of(ResourceOperations.UPLOAD_RESOURCES)
                        .body(ResourceCodecs::uploadBody)
                        .decode(ResourceCodecs::group)
                        .build(),
                // 8.2 GET /v2.0/{project_id}/resources
                RestCodec.of(ResourceOperations.LIST_RESOURCES)
                        .query((r, q) -> q.add("kind", r.kind()).add("tags", r.tags()))
                        .decodeAs(WireList.class, w -> {
                            List<Resource> resources = new ArrayList<>();
                            for (WireResource r : WireValues.nonNull(w.resources())) {
                                resources.add(r.toResource());
                            }
                            List<ResourceModule> modules = new ArrayList<>();
                            for (WireModule m : WireValues.nonNull(w.modules())) {
                                modules.add(m.toModule());
                            }
                            List<ResourceGroup> groups = new ArrayList<>();
                            for (WireGroup g : WireValues.nonNull(w.groups())) {
                                groups.add(g.toGroup());
                            }
                            return new ListResourcesResponse(resources, modules, groups, w.total());
                        })
                        .build(),
                // 8.3 POST /v2.0/{project_id}/resources/jars
                RestCodec.of(ResourceOperations.UPLOAD_JAR_RESOURCES)
                        .body(ResourceCodecs::moduleBody)
                        .decode(ResourceCodecs::group)
                        .build(),
                // 8.4 POST /v2.0/{project_id}/resources/pyfiles
                RestCodec.of(ResourceOperations.UPLOAD_PY_FILE_RESOURCES)
                        .body(ResourceCodecs::moduleBody)
                        .decode(ResourceCodecs::group)
                        .build(),
                // 8.5 POST /v2.0/{project_id}/resources/files
                RestCodec.of(ResourceOperations.UPLOAD_FILE_RESOURCES)
                        .body(ResourceCodecs::moduleBody)
                        .decode(ResourceCodecs::group)
                        .build(),
                // 8.6 GET /v2.0/{project_id}/resources/{resource_name}?group=
                RestCodec.of(ResourceOperations.GET_RESOURCE)
                        .path(r -> Map.of("resource_name", r.resourceName()))
                        .query((r, q) -> q.add("group", r.group()))
                        .decodeAs(WireResource.class, WireResource::toResource)
                        .build(),
                // 8.7 DELETE /v2.0/{project_id}/resources/{resource_name}?group=
                RestCodec.of(ResourceOperations.DELETE_RESOURCE)
                        .path(r -> Map.of("resource_name", r.resourceName()))
                        .query((r, q) -> q.add("group", r.group()))
                        .decode(BasicAnswers::basic)
                        .emptyBodyOnSuccess()
                        .build(),
                // 8.8 PUT /v2.0/{project_id}/resources/owner
                RestCodec.of(ResourceOperations.UPDATE_RESOURCE_OWNER)
                        .body(r -> JsonBody.object()
                                .put("new_owner", r.newOwner())
                                .put("group_name", r.groupName())
                                .put("resource_name", r.resourceName())
                                .toMap())
                        .decode(BasicAnswers::basic)
                        .build());
    }

    private static Object uploadBody(UploadResourcesRequest r) {
        return JsonBody.object()
                .put("paths", r.paths())
                .put("kind", r.kind())
                .put("group", r.group())
                .put("is_async", r.isAsync())
                .put("tags", r.tags())
                .toMap();
    }

    private static Object moduleBody(UploadModuleRequest r) {
        return JsonBody.object().put("paths", r.paths()).put("group", r.group()).toMap();
    }

    private static ResourceGroup group(JsonNode body) throws JsonProcessingException {
        return Json.bind(body, WireGroup.class).toGroup();
    }

    record WireList(List<WireResource> resources, List<WireModule> modules, List<WireGroup> groups, Integer total) {}

    record WireResource(
            @JsonAlias("createTime") Long createTime,
            @JsonAlias("updateTime") Long updateTime,
            @JsonAlias("resourceType") String resourceType,
            @JsonAlias("resourceName") String resourceName,
            String status,
            @JsonAlias("underlyingName") String underlyingName,
            String owner,
            @JsonAlias("isAsync") Boolean isAsync) {

        Resource toResource() {
            return Resource.builder()
                    .createTime(WireValues.epochMillis(createTime))
                    .updateTime(WireValues.epochMillis(updateTime))
                    .resourceType(WireValues.enumValue(resourceType, ResourceKind::of))
                    .resourceName(resourceName)
                    .status(WireValues.enumValue(status, ResourceStatus::of))
                    .underlyingName(underlyingName)
                    .owner(owner)
                    .isAsync(isAsync)
                    .build();
        }
    }

    record WireModule(
            @JsonAlias("moduleName") String moduleName,
            @JsonAlias("moduleType") String moduleType,
            String status,
            List<String> resources,
            String description,
            @JsonAlias("createTime") Long createTime,
            @JsonAlias("updateTime") Long updateTime) {

        ResourceModule toModule() {
            return ResourceModule.builder()
                    .moduleName(moduleName)
                    .moduleType(WireValues.enumValue(moduleType, ResourceKind::of))
                    .status(WireValues.enumValue(status, ResourceStatus::of))
                    .resources(WireValues.nonNull(resources))
                    .description(description)
                    .createTime(WireValues.epochMillis(createTime))
                    .updateTime(WireValues.epochMillis(updateTime))
                    .build();
        }
    }

    record WireGroup(
            @JsonAlias("groupName") String groupName,
            String status,
            List<String> resources,
            List<WireResource> details,
            @JsonAlias("createTime") Long createTime,
            @JsonAlias("updateTime") Long updateTime,
            @JsonAlias("isAsync") Boolean isAsync,
            String owner,
            String description,
            @JsonAlias("moduleName") String moduleName,
            @JsonAlias("moduleType") String moduleType) {

        ResourceGroup toGroup() {
            List<Resource> list = new ArrayList<>();
            for (WireResource r : WireValues.nonNull(details)) {
                list.add(r.toResource());
            }
            return ResourceGroup.builder()
                    .groupName(groupName)
                    .status(WireValues.enumValue(status, ResourceStatus::of))
                    .resources(WireValues.nonNull(resources))
                    .details(list)
                    .createTime(WireValues.epochMillis(createTime))
                    .updateTime(WireValues.epochMillis(updateTime))
                    .isAsync(isAsync)
                    .owner(owner)
                    .description(description)
                    .moduleName(moduleName)
                    .moduleType(WireValues.enumValue(moduleType, ResourceKind::of))
                    .build();
        }
    }
}
