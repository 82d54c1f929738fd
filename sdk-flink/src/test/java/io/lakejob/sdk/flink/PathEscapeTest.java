package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.model.catalog.Column;
import io.lakejob.sdk.model.catalog.DataFormat;
import io.lakejob.sdk.model.catalog.DataLocation;
import io.lakejob.sdk.model.flink.ExecutionTarget;
import io.lakejob.sdk.model.flink.GatewayConfig;
import io.lakejob.sdk.model.flink.SavepointType;
import io.lakejob.sdk.model.resource.ResourceGroup;
import io.lakejob.sdk.model.sql.SqlDataType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that become paths stay inside their folders ({@code ..}, {@code .}, symbolic links), and
 * what requests make the client read or write outside its own folders is limited to
 * {@link FlinkOptions#ALLOWED_LOCATIONS} (by default: local files under the system temp directory,
 * no downloads), checked before anything is read or written.
 */
class PathEscapeTest {
    @TempDir
    Path tmp;

    /** A folder outside the system temp directory (under the module's build folder). */
    private Path outside;

    @BeforeEach
    void outsideFolder() throws IOException {
        outside = Files.createTempDirectory(
                Files.createDirectories(Path.of("target", "path-escape-test").toAbsolutePath()), "out");
    }

    @AfterEach
    void removeOutside() throws IOException {
        try (Stream<Path> all = Files.walk(outside)) {
            all.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    /**
     * A client whose system temp directory (the default allowed location, read when the client is
     * built) is this test's folder, so that {@link #outside} is outside it wherever the build folder
     * lies (a clone under /tmp included).
     */
    private LakeJobClient client(Path metadataDir, Consumer<io.lakejob.sdk.LakeJobClientBuilder> more) {
        io.lakejob.sdk.LakeJobClientBuilder b =
                LakeJobClient.builder().endpoint("flink:local").property(FlinkOptions.LOCAL_SLOTS, "2");
        if (metadataDir != null) {
            b.property(FlinkOptions.METADATA_DIR, metadataDir.toString());
        }
        more.accept(b);
        String systemTemp = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        try {
            return b.build();
        } finally {
            System.setProperty("java.io.tmpdir", systemTemp);
        }
    }

    private static void assertRefused(Throwable t, String code, String... parts) {
        assertThat(t).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(code);
            assertThat(e.getMessage()).contains(parts);
        });
    }

    @Test
    void aResourceGroupIsOneFolderInsideTheResourceFolder() throws Exception {
        Path meta = tmp.resolve("meta");
        Path queuesJson = Files.writeString(tmp.resolve("queues.json"), "{\"format\":1}");
        try (LakeJobClient c = client(meta, b -> {})) {
            c.queues().create(q -> q.queueName("kept").cuCount(16));
            byte[] queues = Files.readAllBytes(meta.resolve("queues.json"));
            for (String group : List.of("..", ".")) {
                assertRefused(
                        catchThrowable(() -> c.resources().uploadFiles(group, List.of(queuesJson.toString()))),
                        "DLI.0001",
                        "group",
                        "'" + group + "'");
                assertRefused(
                        catchThrowable(() -> c.resources().delete("queues.json", group)), "DLI.0002", "queues.json");
            }
            assertThat(meta.resolve("queues.json")).hasBinaryContent(queues);
            assertThat(meta.resolve("resources").resolve("queues.json")).doesNotExist();

            // A link planted in the resource folder does not lead out of it.
            Files.createSymbolicLink(meta.resolve("resources").resolve("linked"), outside);
            assertRefused(
                    catchThrowable(() -> c.resources().uploadFiles("linked", List.of(queuesJson.toString()))),
                    "DLI.0001",
                    "leads out of its folder");
            try (Stream<Path> files = Files.list(outside)) {
                assertThat(files).isEmpty();
            }
            ResourceGroup ok = c.resources().uploadFiles("fine", List.of(queuesJson.toString()));
            assertThat(Path.of(ok.details().get(0).underlyingName()))
                    .isEqualTo(meta.resolve("resources").resolve("fine").resolve("queues.json"));
            assertThat(c.queues().get("kept").queue().cuCount()).isEqualTo(16);
        }
    }

    @Test
    void uploadsReadOnlyFromAllowedLocationsByDefaultTheTempDirectory() throws Exception {
        Path meta = tmp.resolve("meta");
        Path inTmp = Files.writeString(tmp.resolve("in-tmp.csv"), "1");
        Path secret = Files.writeString(outside.resolve("application.yml"), "password: x");
        Path link = Files.createSymbolicLink(tmp.resolve("link.yml"), secret);
        try (LakeJobClient c = client(meta, b -> {})) {
            c.variables().create(v -> v.varName("pw").varValue("s3cr3t").isSensitive(true));
            assertThat(c.resources()
                            .uploadFiles("ok", List.of(inTmp.toString()))
                            .resources())
                    .containsExactly("in-tmp.csv");
            for (String refused : List.of(
                    secret.toString(),
                    secret.toUri().toString(),
                    // a link in the temp directory to a file outside it
                    link.toString(),
                    // the metadata directory, though under the temp directory
                    meta.resolve("variables.json").toString())) {
                assertRefused(
                        catchThrowable(() -> c.resources().uploadFiles("stolen", List.of(refused))),
                        "DLI.0011",
                        FlinkOptions.ALLOWED_LOCATIONS);
            }
            // Downloads are off by default: refused before any connection.
            assertRefused(
                    catchThrowable(() -> c.resources()
                            .uploadFiles("stolen", List.of("http://169.254.169.254/latest/meta-data/iam"))),
                    "DLI.0011",
                    "not a location requests may download from");
            assertThat(c.resources().list().groups())
                    .extracting(ResourceGroup::groupName)
                    .containsExactly("ok");
            assertThat(meta.resolve("resources").resolve("stolen")).doesNotExist();

            // Everything else a request names outside the client's own folders.
            assertRefused(
                    catchThrowable(() -> c.flink().executeJar(j -> j.type(ExecutionTarget.LOCAL)
                            .gatewayConfig(GatewayConfig.builder()
                                    .appConfig(secret.toString(), "com.app.Main")
                                    .build()))),
                    "DLI.0011",
                    "userJarPath");
            assertRefused(
                    catchThrowable(() -> c.jobs()
                            .exportJobs(e -> e.obsDir(outside.toString()).isSelected(false))),
                    "DLI.0011",
                    "obs_dir");
            assertRefused(catchThrowable(() -> c.jobs().importJobs(secret.toString(), false)), "DLI.0011", "zip_file");
            assertRefused(
                    catchThrowable(() -> c.flink().savepoint(s -> s.jobId("0123456789abcdef0123456789abcdef")
                            .savePointType(SavepointType.TRIGGER)
                            .targetDirectory(outside.toString()))),
                    "DLI.0011",
                    "targetDirectory");
            assertRefused(
                    catchThrowable(() -> c.flink().savepoint(s -> s.jobId("0123456789abcdef0123456789abcdef")
                            .savePointType(SavepointType.TRIGGER)
                            .targetDirectory("../../escaped"))),
                    "DLI.0001",
                    "targetDirectory");
            c.catalog().createDatabase("escape_db");
            assertRefused(
                    catchThrowable(() -> c.catalog().createTable(t -> t.databaseName("escape_db")
                            .tableName("t")
                            .dataLocation(DataLocation.OBS)
                            .dataType(DataFormat.CSV)
                            .dataPath("obs://bucket/../../../../outside")
                            .columns(List.of(Column.of("n", "int"))))),
                    "DLI.0001",
                    "data_path");
            c.catalog().createTable(t -> t.databaseName("escape_db")
                    .tableName("managed")
                    .dataLocation(DataLocation.DLI)
                    .columns(List.of(Column.of("n", "int"))));
            assertRefused(
                    catchThrowable(() -> c.sql().exportTable(e -> e.databaseName("escape_db")
                            .tableName("managed")
                            .dataPath(outside.toString())
                            .dataType(SqlDataType.CSV)
                            .compress(io.lakejob.sdk.model.sql.Compression.NONE))),
                    "DLI.0011",
                    "data_path");
            assertThat(c.sql().list(l -> {}).jobs()).isEmpty();
        }
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).containsExactly(secret);
        }
    }

    @Test
    void listedFoldersAndWebLocationsAreAllowedAndRedirectsAreCheckedToo() throws Exception {
        Path file = Files.writeString(outside.resolve("lookup.csv"), "1,a");
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/files/c.csv", ex -> {
            byte[] body = "c".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        http.createContext("/files/away.csv", ex -> {
            ex.getResponseHeaders().add("Location", "/private/key.pem");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        http.createContext("/private/key.pem", ex -> {
            ex.sendResponseHeaders(500, -1);
            ex.close();
            throw new AssertionError("a redirect out of the allowed location was followed");
        });
        http.start();
        String base = "http://127.0.0.1:" + http.getAddress().getPort();
        try (LakeJobClient c =
                client(null, b -> b.property(FlinkOptions.ALLOWED_LOCATIONS, outside + ", " + base + "/files"))) {
            assertThat(c.resources()
                            .uploadFiles("listed", List.of(file.toString(), base + "/files/c.csv"))
                            .resources())
                    .containsExactly("lookup.csv", "c.csv");
            assertRefused(
                    catchThrowable(() -> c.resources().uploadFiles("listed", List.of(base + "/private/key.pem"))),
                    "DLI.0011",
                    "/private/key.pem");
            assertRefused(
                    catchThrowable(() -> c.resources().uploadFiles("listed", List.of(base + "/files/away.csv"))),
                    "DLI.0011",
                    "/private/key.pem");
            // The temp directory is no longer allowed once the list is given.
            Path inTmp = Files.writeString(tmp.resolve("in-tmp.csv"), "1");
            assertRefused(
                    catchThrowable(() -> c.resources().uploadFiles("listed", List.of(inTmp.toString()))),
                    "DLI.0011",
                    "in-tmp.csv");
        } finally {
            http.stop(0);
        }
        assertThatThrownBy(() -> client(null, b -> b.property(FlinkOptions.ALLOWED_LOCATIONS, "relative/folder")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(FlinkOptions.ALLOWED_LOCATIONS);
    }

    private static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable c) {
        return org.assertj.core.api.Assertions.catchThrowable(c);
    }
}
