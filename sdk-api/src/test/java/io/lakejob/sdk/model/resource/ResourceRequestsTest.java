package io.lakejob.sdk.model.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.spi.HttpMethod;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.Operations;
import io.lakejob.sdk.spi.ResourceOperations;
import io.lakejob.sdk.testing.RecordingTransport;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceRequestsTest {
    private static final String JAR = "https://xkftest.obs.xxx.com/txr_test/jars/spark-sdv-app.jar";

    private static void assertInvalid(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                .isEqualTo(field));
    }

    private static UploadResourcesRequest.Builder valid() {
        return UploadResourcesRequest.builder()
                .addPath(JAR)
                .kind(ResourceKind.JAR)
                .group("gatk");
    }

    @Test
    void uploadAcceptsTheReferenceExample() {
        UploadResourcesRequest r = valid().addPath("https://xkftest.obs.xxx.com/txr_test/jars/wordcount")
                .addPath("https://xkftest.obs.xxx.com/txr_test/jars/wordcount.py")
                .isAsync(true)
                .addTag("k", "v")
                .build();
        assertThat(r.paths()).hasSize(3);
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThatThrownBy(() -> r.paths().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void uploadRequiresPathsKindAndGroup() {
        assertInvalid("paths", () -> valid().paths(null).build());
        assertInvalid("paths", () -> valid().paths(List.of()).build());
        assertInvalid("paths", () -> valid().paths(Arrays.asList(JAR, null)).build());
        assertInvalid("paths", () -> valid().addPath(" ").build());
        assertInvalid("paths", () -> valid().addPath("").build());
        assertInvalid("paths", () -> valid().addPath("obs://b/a b.jar").build());
        assertInvalid("paths", () -> valid().addPath("obs://b/a.jar\r\nX: y").build());
        assertInvalid("kind", () -> valid().kind(null).build());
        assertInvalid("group", () -> valid().group(null).build());
        assertInvalid("tags.key", () -> valid().addTag("", "v").build());
    }

    @Test
    void uploadAcceptsEveryDocumentedKindButNoUnknownOne() {
        for (ResourceKind k : ResourceKind.knownValues()) {
            assertThat(valid().kind(k).build().kind()).isSameAs(k);
        }
        assertThat(ResourceKind.knownValues())
                .extracting(ResourceKind::value)
                .containsExactly("jar", "pyFile", "file", "modelFile");
        assertInvalid("kind", () -> valid().kind(ResourceKind.of("zip")).build());
        assertInvalid("kind", () -> ListResourcesRequest.ofKind(ResourceKind.of("zip")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gatk", "groupTest", "a", "g.1_x-y", "1"})
    void acceptsValidGroupNames(String group) {
        assertThat(valid().group(group).build().group()).isEqualTo(group);
        assertThat(UploadModuleRequest.of(group, List.of(JAR)).group()).isEqualTo(group);
        assertThat(GetResourceRequest.of("r.jar", group).group()).isEqualTo(group);
        assertThat(UpdateResourceOwnerRequest.ofGroup(group, "scuser1").groupName())
                .isEqualTo(group);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", "a/b", "../x", "组", "a!b", "a\nb"})
    void rejectsInvalidGroupNames(String group) {
        assertInvalid("group", () -> valid().group(group).build());
        assertInvalid("group", () -> UploadModuleRequest.of(group, List.of(JAR)));
        assertInvalid("group", () -> GetResourceRequest.of("r.jar", group));
        assertInvalid("group", () -> DeleteResourceRequest.of("r.jar", group));
        assertInvalid("group_name", () -> UpdateResourceOwnerRequest.ofGroup(group, "scuser1"));
    }

    @Test
    void groupNameIsLimitedTo64() {
        assertThat(valid().group("g".repeat(64)).build().group()).hasSize(64);
        assertInvalid("group", () -> valid().group("g".repeat(65)).build());
    }

    @Test
    void moduleUploadsNeedPathsAndGroup() {
        UploadModuleRequest r = UploadModuleRequest.builder()
                .addPath("https://test.obs.xxx.com/test_dli.jar")
                .group("gatk")
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertInvalid("paths", () -> UploadModuleRequest.builder().group("gatk").build());
        assertInvalid("group", () -> UploadModuleRequest.builder().addPath(JAR).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", "%2e%2e", "a\r\nb", "..", ".", "a\\b", ""})
    void rejectsTraversalInResourceNames(String name) {
        assertInvalid("resource_name", () -> GetResourceRequest.of(name));
        assertInvalid("resource_name", () -> DeleteResourceRequest.of(name, "gatk"));
    }

    @Test
    void resourceNameIsRequiredAndGroupOptional() {
        assertInvalid("resource_name", () -> GetResourceRequest.of(null));
        assertInvalid("resource_name", () -> DeleteResourceRequest.of(null));
        assertThat(GetResourceRequest.of("luxor-ommanager-dist.tar.gz").group()).isNull();
        assertThat(DeleteResourceRequest.of("x.jar", "gatk")).isEqualTo(new DeleteResourceRequest("x.jar", "gatk"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"scuser1", "user_", "Ab-cd", "abcdefghijabcdefghijabcdefghij12"})
    void acceptsValidOwners(String owner) {
        assertThat(UpdateResourceOwnerRequest.ofGroup("g", owner).newOwner()).isEqualTo(owner);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abcd", "1user", "user name", "user.x", "user@x", "用户名字五个"})
    void rejectsInvalidOwners(String owner) {
        assertInvalid("new_owner", () -> UpdateResourceOwnerRequest.ofGroup("g", owner));
    }

    @Test
    void ownerLengthIsLimitedTo32AndRequired() {
        assertInvalid("new_owner", () -> UpdateResourceOwnerRequest.ofGroup("g", "a".repeat(33)));
        assertInvalid(
                "new_owner",
                () -> UpdateResourceOwnerRequest.builder().groupName("g").build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"test_dli.jar", "a!b-c_d.tar.gz", "x", "wordcount"})
    void acceptsValidPackageNamesForOwnerChanges(String name) {
        assertThat(UpdateResourceOwnerRequest.ofResource(name, "scuser1").resourceName())
                .isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".hidden", "a b.jar", "a/b.jar", "a@b", "包.jar"})
    void rejectsInvalidPackageNamesForOwnerChanges(String name) {
        assertInvalid("resource_name", () -> UpdateResourceOwnerRequest.ofResource(name, "scuser1"));
    }

    @Test
    void ownerChangeNeedsAGroupOrAPackage() {
        assertInvalid(
                "group_name",
                () -> UpdateResourceOwnerRequest.builder().newOwner("scuser1").build());
        assertInvalid("resource_name", () -> UpdateResourceOwnerRequest.ofResource("r".repeat(129), "scuser1"));
        UpdateResourceOwnerRequest both = UpdateResourceOwnerRequest.builder()
                .newOwner("scuser1")
                .groupName("groupName")
                .resourceName("r.jar")
                .build();
        assertThat(both.toBuilder().build()).isEqualTo(both);
    }

    @Test
    void unknownEnumValuesAreKeptNotFatal() {
        ResourceStatus s = ResourceStatus.of("ARCHIVED");
        assertThat(s.isKnown()).isFalse();
        assertThat(s.value()).isEqualTo("ARCHIVED");
        assertThat(ResourceStatus.of("uploading")).isSameAs(ResourceStatus.UPLOADING);
        assertThat(ResourceKind.of("pyFile")).isSameAs(ResourceKind.PY_FILE);
        assertThat(ResourceKind.of("PYFILE")).isSameAs(ResourceKind.PY_FILE);
        assertThat(ResourceKind.of("egg").isKnown()).isFalse();
    }

    @Test
    void entitiesRoundTripAndCopyLists() {
        Resource r = Resource.builder()
                .resourceName("x.jar")
                .resourceType(ResourceKind.JAR)
                .status(ResourceStatus.READY)
                .createTime(Instant.ofEpochMilli(1608804435312L))
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        ResourceGroup g = ResourceGroup.builder()
                .groupName("gatk")
                .details(List.of(r))
                .resources(List.of("x.jar"))
                .build();
        assertThat(g.toBuilder().build()).isEqualTo(g);
        assertThat(ResourceGroup.builder().build().details()).isEmpty();
        ResourceModule m = ResourceModule.builder()
                .moduleName("gatk")
                .resources(List.of("gatk.jar"))
                .build();
        assertThat(m.toBuilder().build()).isEqualTo(m);
        ListResourcesResponse l = new ListResourcesResponse(List.of(r), null, List.of(g), 2);
        assertThat(l.items()).containsExactly(r);
        assertThat(l.modules()).isEmpty();
        assertThat(l.totalCount()).isEmpty();
    }

    @Test
    void operationsAreCataloguedWithTheReferencePaths() {
        assertThat(ResourceOperations.UPLOAD_RESOURCES.pathTemplate()).isEqualTo("/v2.0/{project_id}/resources");
        assertThat(ResourceOperations.UPLOAD_JAR_RESOURCES.pathTemplate())
                .isEqualTo("/v2.0/{project_id}/resources/jars");
        assertThat(ResourceOperations.UPLOAD_PY_FILE_RESOURCES.pathTemplate())
                .isEqualTo("/v2.0/{project_id}/resources/pyfiles");
        assertThat(ResourceOperations.UPLOAD_FILE_RESOURCES.pathTemplate())
                .isEqualTo("/v2.0/{project_id}/resources/files");
        assertThat(ResourceOperations.DELETE_RESOURCE.method()).isEqualTo(HttpMethod.DELETE);
        assertThat(ResourceOperations.UPDATE_RESOURCE_OWNER.method()).isEqualTo(HttpMethod.PUT);
        assertThat(ResourceOperations.UPDATE_RESOURCE_OWNER.pathTemplate())
                .isEqualTo("/v2.0/{project_id}/resources/owner");
        List<String> sections = Operations.all().stream()
                .filter(o -> o.group() == OperationGroup.RESOURCES)
                .map(o -> o.section())
                .collect(Collectors.toList());
        assertThat(sections).containsExactly("8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7", "8.8");
        assertThat(Operations.byName("UploadPyFileResources"))
                .containsSame(ResourceOperations.UPLOAD_PY_FILE_RESOURCES);
    }

    @Test
    void clientSendsTheRightOperations() {
        RecordingTransport t = new RecordingTransport()
                .answer(
                        ResourceOperations.UPLOAD_RESOURCES,
                        r -> ResourceGroup.builder().groupName(r.group()).build())
                .answer(ResourceOperations.UPLOAD_JAR_RESOURCES, r -> ResourceGroup.builder()
                        .moduleType(ResourceKind.JAR)
                        .build())
                .answer(ResourceOperations.UPLOAD_PY_FILE_RESOURCES, r -> ResourceGroup.builder()
                        .moduleType(ResourceKind.PY_FILE)
                        .build())
                .answer(ResourceOperations.UPLOAD_FILE_RESOURCES, r -> ResourceGroup.builder()
                        .moduleType(ResourceKind.FILE)
                        .build())
                .answer(
                        ResourceOperations.LIST_RESOURCES,
                        r -> new ListResourcesResponse(
                                List.of(Resource.builder().resourceName("a.jar").build()), List.of(), List.of(), 1))
                .answer(
                        ResourceOperations.GET_RESOURCE,
                        r -> Resource.builder().resourceName(r.resourceName()).build())
                .answer(ResourceOperations.DELETE_RESOURCE, r -> BasicResponse.success(null))
                .answer(ResourceOperations.UPDATE_RESOURCE_OWNER, r -> BasicResponse.success(""));
        try (LakeJobClient client = t.client()) {
            var rc = client.resources();
            assertThat(rc.upload(b -> b.addPath(JAR)
                                    .kind(ResourceKind.JAR)
                                    .group("gatk")
                                    .isAsync(true))
                            .groupName())
                    .isEqualTo("gatk");
            assertThat(t.lastCall().operation()).isSameAs(ResourceOperations.UPLOAD_RESOURCES);

            assertThat(rc.uploadJars("gatk", List.of(JAR)).moduleType()).isSameAs(ResourceKind.JAR);
            assertThat(t.lastCall().request()).isEqualTo(UploadModuleRequest.of("gatk", List.of(JAR)));
            rc.uploadJars(b -> b.group("g2").addPath(JAR));
            assertThat(t.lastCall().operation()).isSameAs(ResourceOperations.UPLOAD_JAR_RESOURCES);
            assertThat(t.lastCall().request()).isEqualTo(UploadModuleRequest.of("g2", List.of(JAR)));

            rc.uploadPyFiles("gatk", List.of("https://test.obs.xxx.com/dli_tf.py"));
            assertThat(t.lastCall().operation()).isSameAs(ResourceOperations.UPLOAD_PY_FILE_RESOURCES);
            rc.uploadPyFiles(b -> b.group("gatk").addPath(JAR));
            assertThat(t.lastCall().operation()).isSameAs(ResourceOperations.UPLOAD_PY_FILE_RESOURCES);

            rc.uploadFiles("gatk", List.of(JAR));
            assertThat(t.lastCall().operation()).isSameAs(ResourceOperations.UPLOAD_FILE_RESOURCES);
            rc.uploadFiles(b -> b.group("gatk").addPath(JAR));
            assertThat(t.lastCall().operation()).isSameAs(ResourceOperations.UPLOAD_FILE_RESOURCES);

            assertThat(rc.list().resources()).hasSize(1);
            assertThat(t.lastCall().request()).isEqualTo(ListResourcesRequest.all());
            rc.list(b -> b.kind(ResourceKind.PY_FILE).tags("k=v"));
            assertThat(t.lastCall().request()).isEqualTo(new ListResourcesRequest(ResourceKind.PY_FILE, "k=v"));
            assertThat(rc.listAll(ListResourcesRequest.ofKind(ResourceKind.JAR)))
                    .extracting(Resource::resourceName)
                    .containsExactly("a.jar");

            assertThat(rc.get("x.jar").resourceName()).isEqualTo("x.jar");
            assertThat(t.lastCall().request()).isEqualTo(GetResourceRequest.of("x.jar"));
            rc.get("x.jar", "gatk");
            assertThat(t.lastCall().request()).isEqualTo(GetResourceRequest.of("x.jar", "gatk"));

            rc.delete("x.jar");
            assertThat(t.lastCall().request()).isEqualTo(DeleteResourceRequest.of("x.jar"));
            rc.delete("x.jar", "gatk");
            assertThat(t.lastCall().operation()).isSameAs(ResourceOperations.DELETE_RESOURCE);
            assertThat(t.lastCall().request()).isEqualTo(DeleteResourceRequest.of("x.jar", "gatk"));

            rc.updateOwner(b -> b.newOwner("scuser1").groupName("groupName"));
            assertThat(t.lastCall().operation()).isSameAs(ResourceOperations.UPDATE_RESOURCE_OWNER);
            assertThat(t.lastCall().request()).isEqualTo(UpdateResourceOwnerRequest.ofGroup("groupName", "scuser1"));
            rc.updateOwner(UpdateResourceOwnerRequest.ofResource("x.jar", "scuser1"));
            assertThat(t.lastCall().request()).isEqualTo(new UpdateResourceOwnerRequest("scuser1", null, "x.jar"));
        }
        assertThat(t.isClosed()).isTrue();
        assertThat(t.calls()).hasSize(16);
    }

    @Test
    void invalidRequestsNeverReachTheTransport() {
        RecordingTransport t = new RecordingTransport();
        try (LakeJobClient client = t.client()) {
            assertInvalid("resource_name", () -> client.resources().delete("../etc"));
            assertInvalid("resource_name", () -> client.resources().get("a/b", "gatk"));
            assertInvalid("paths", () -> client.resources().uploadJars("gatk", List.of()));
            assertInvalid("group_name", () -> client.resources().updateOwner(b -> b.newOwner("scuser1")));
        }
        assertThat(t.calls()).isEmpty();
    }
}
