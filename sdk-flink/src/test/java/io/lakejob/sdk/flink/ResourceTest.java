package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.resource.ListResourcesResponse;
import io.lakejob.sdk.model.resource.Resource;
import io.lakejob.sdk.model.resource.ResourceGroup;
import io.lakejob.sdk.model.resource.ResourceKind;
import io.lakejob.sdk.model.resource.ResourceStatus;
import io.lakejob.sdk.model.resource.UpdateResourceOwnerRequest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(LakeJobFlinkExtension.class)
class ResourceTest {
    @TempDir
    Path tmp;

    private static void assertCode(Throwable t, String code, String messagePart) {
        assertThat(t).isInstanceOf(ServiceException.class);
        ServiceException e = (ServiceException) t;
        assertThat(e.errorCode()).isEqualTo(code);
        assertThat(e.errorMessage()).contains(messagePart);
    }

    @Test
    void uploadCopiesLocalFileAndHttpSourcesIntoTheGroup() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.csv"), "1,2\n");
        Path b = Files.writeString(tmp.resolve("b.txt"), "bee");
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/files/c.py", ex -> {
            byte[] body = "print('c')".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        http.createContext("/files/missing.py", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        http.start();
        // Downloads are off by default (FlinkOptions.ALLOWED_LOCATIONS): this client lists the server.
        try (LakeJobClient client = LakeJobClient.builder()
                .endpoint("flink:local")
                .property(
                        FlinkOptions.ALLOWED_LOCATIONS,
                        tmp + ",http://127.0.0.1:" + http.getAddress().getPort() + "/files")
                .build()) {
            String url = "http://127.0.0.1:" + http.getAddress().getPort() + "/files/c.py";
            ResourceGroup g = client.resources().upload(u -> u.group("res-mixed")
                    .kind(ResourceKind.FILE)
                    .addPath(a.toString())
                    .addPath(b.toUri().toString())
                    .addPath(url)
                    .addTag("team", "blue"));
            assertThat(g.groupName()).isEqualTo("res-mixed");
            assertThat(g.status()).isEqualTo(ResourceStatus.READY);
            assertThat(g.resources()).containsExactly("a.csv", "b.txt", "c.py");
            assertThat(g.details()).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(ResourceStatus.READY);
                assertThat(r.resourceType()).isEqualTo(ResourceKind.FILE);
                assertThat(r.createTime()).isNotNull();
            });
            // The copies are real files in <dir>/<group>/<name>.
            Path copyA = Path.of(g.details().get(0).underlyingName());
            assertThat(copyA).hasContent("1,2").endsWith(Path.of("res-mixed", "a.csv"));
            assertThat(Path.of(g.details().get(2).underlyingName())).hasContent("print('c')");

            // A failing path stores nothing, not even the good ones before it.
            Path d = Files.writeString(tmp.resolve("d.txt"), "dee");
            String missing = "http://127.0.0.1:" + http.getAddress().getPort() + "/files/missing.py";
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                    () -> client.resources().uploadFiles("res-mixed", List.of(d.toString(), missing)));
            assertCode(t, "DLI.0002", "HTTP 404");
            assertThat(client.resources().list().groups())
                    .filteredOn(x -> x.groupName().equals("res-mixed"))
                    .singleElement()
                    .satisfies(x -> assertThat(x.resources()).containsExactly("a.csv", "b.txt", "c.py"));
            assertThat(copyA.resolveSibling("d.txt")).doesNotExist();
        } finally {
            http.stop(0);
        }
    }

    @Test
    void listFiltersByKindAndTagAndGetFindsByNameOrGroup(LakeJobClient client) throws Exception {
        Path jar = Files.write(tmp.resolve("lib.jar"), new byte[] {1, 2, 3});
        Path py = Files.writeString(tmp.resolve("job.py"), "x = 1");
        Path csv = Files.writeString(tmp.resolve("data.csv"), "a");
        client.resources().uploadJars("res-list", List.of(jar.toString()));
        client.resources().uploadPyFiles("res-list", List.of(py.toString()));
        client.resources().uploadFiles("res-list2", List.of(csv.toString(), jar.toString()));

        ListResourcesResponse all = client.resources().list();
        assertThat(all.total()).isEqualTo(all.resources().size());
        ResourceGroup listed = all.groups().stream()
                .filter(g -> g.groupName().equals("res-list"))
                .findFirst()
                .orElseThrow();
        assertThat(listed.resources()).containsExactly("lib.jar", "job.py");
        assertThat(listed.details())
                .extracting(Resource::resourceType)
                .containsExactly(ResourceKind.JAR, ResourceKind.PY_FILE);

        ListResourcesResponse pyOnly = client.resources().list(l -> l.kind(ResourceKind.PY_FILE));
        assertThat(pyOnly.resources()).isNotEmpty().allSatisfy(r -> assertThat(r.resourceType())
                .isEqualTo(ResourceKind.PY_FILE));
        assertThat(pyOnly.groups().stream().map(ResourceGroup::groupName).collect(Collectors.toList()))
                .contains("res-list")
                .doesNotContain("res-list2");

        client.resources().upload(u -> u.group("res-list3")
                .kind(ResourceKind.MODEL_FILE)
                .addPath(csv.toString())
                .addTag("stage", "prod"));
        assertThat(client.resources().list(l -> l.tags("stage=prod")).groups())
                .extracting(ResourceGroup::groupName)
                .containsExactly("res-list3");
        assertThat(client.resources().list(l -> l.tags("stage=dev")).groups()).isEmpty();

        Resource byName = client.resources().get("job.py");
        assertThat(byName.resourceName()).isEqualTo("job.py");
        assertThat(byName.resourceType()).isEqualTo(ResourceKind.PY_FILE);
        assertThat(Path.of(byName.underlyingName())).hasContent("x = 1");
        Resource inGroup = client.resources().get("lib.jar", "res-list2");
        assertThat(inGroup.resourceType()).isEqualTo(ResourceKind.FILE);
        // lib.jar is in two groups: the name alone is ambiguous.
        assertCode(
                org.assertj.core.api.Assertions.catchThrowable(
                        () -> client.resources().get("lib.jar")),
                "DLI.0001",
                "res-list2/lib.jar");
        assertCode(
                org.assertj.core.api.Assertions.catchThrowable(
                        () -> client.resources().get("nope.jar")),
                "DLI.0002",
                "nope.jar");
    }

    @Test
    void ownersChangeAndDeleteRemovesTheFile(LakeJobClient client) throws Exception {
        Path f = Files.writeString(tmp.resolve("owned.txt"), "o");
        ResourceGroup g = client.resources().uploadFiles("res-owner", List.of(f.toString()));
        Path copy = Path.of(g.details().get(0).underlyingName());
        assertThat(copy).exists();

        assertThat(client.resources()
                        .updateOwner(UpdateResourceOwnerRequest.ofGroup("res-owner", "alice_1"))
                        .isSuccess())
                .isTrue();
        assertThat(client.resources()
                        .updateOwner(UpdateResourceOwnerRequest.builder()
                                .groupName("res-owner")
                                .resourceName("owned.txt")
                                .newOwner("bob_22")
                                .build())
                        .isSuccess())
                .isTrue();
        ResourceGroup listed = client.resources().list().groups().stream()
                .filter(x -> x.groupName().equals("res-owner"))
                .findFirst()
                .orElseThrow();
        assertThat(listed.owner()).isEqualTo("alice_1");
        assertThat(client.resources().get("owned.txt", "res-owner").owner()).isEqualTo("bob_22");
        assertCode(
                org.assertj.core.api.Assertions.catchThrowable(() ->
                        client.resources().updateOwner(UpdateResourceOwnerRequest.ofGroup("res-nogroup", "alice_1"))),
                "DLI.0002",
                "res-nogroup");

        assertThat(client.resources().delete("owned.txt", "res-owner").isSuccess())
                .isTrue();
        assertThat(copy).doesNotExist();
        assertCode(
                org.assertj.core.api.Assertions.catchThrowable(
                        () -> client.resources().get("owned.txt", "res-owner")),
                "DLI.0002",
                "owned.txt");
        assertThat(client.resources().list().groups())
                .noneMatch(x -> x.groupName().equals("res-owner"));
    }

    @Test
    void obsAndUnknownSchemesAndMissingFilesAreRefused(LakeJobClient client) {
        Throwable obs = org.assertj.core.api.Assertions.catchThrowable(
                () -> client.resources().uploadJars("res-obs", List.of("obs://bucket/jars/app.jar")));
        assertCode(obs, "DLI.0001", "local paths, file:// URIs and http(s):// URLs");
        assertCode(
                org.assertj.core.api.Assertions.catchThrowable(
                        () -> client.resources().uploadJars("res-obs", List.of("ftp://host/app.jar"))),
                "DLI.0001",
                "ftp");
        assertCode(
                org.assertj.core.api.Assertions.catchThrowable(() -> client.resources()
                        .uploadJars("res-obs", List.of(tmp.resolve("absent.jar").toString()))),
                "DLI.0002",
                "absent.jar");
        assertThat(client.resources().list().groups())
                .noneMatch(x -> x.groupName().equals("res-obs"));
    }

    @Test
    void theResourceFolderIsConfigurable(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(tmp.resolve("conf.txt"), "c");
        try (LakeJobClient own = LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.RESOURCES_DIR, dir.toString())
                .build()) {
            ResourceGroup g = own.resources().uploadFiles("res-conf", List.of(f.toString()));
            assertThat(Path.of(g.details().get(0).underlyingName())).isEqualTo(dir.resolve("res-conf/conf.txt"));
            assertThat(dir.resolve("res-conf/conf.txt")).hasContent("c");
        }
    }
}
