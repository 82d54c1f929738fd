package io.lakejob.sdk.flink.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.flink.internal.FlinkSettings;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.TargetContext;
import io.lakejob.sdk.flink.internal.targets.TargetExecutorFactory;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import io.lakejob.sdk.flink.internal.targets.local.LocalTarget;
import io.lakejob.sdk.flink.internal.targets.standalone.StandaloneTarget;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK's code goes with a job that uses the {@code lakejob-csv} format on a cluster outside this
 * JVM, and with no other job: the jar lands in the job's {@code pipeline.jars} when Flink's planner
 * creates the format (read or write), never for other formats, a local execution or the client's
 * embedded cluster. {@code StandaloneProcessClusterTest} shows the shipped jar working on a real
 * cluster whose class path has no SDK classes.
 */
class SdkCodeJarTest {
    @TempDir
    Path tmp;

    private static TableEnvironment env(String target, int port) {
        Configuration c = new Configuration();
        if (target != null) {
            c.set(DeploymentOptions.TARGET, target);
        }
        c.set(RestOptions.ADDRESS, "127.0.0.1");
        c.set(RestOptions.PORT, port);
        return TableEnvironment.create(EnvironmentSettings.newInstance()
                .withConfiguration(c)
                .inStreamingMode()
                .build());
    }

    private void table(TableEnvironment t, String name, String format) {
        t.executeSql("CREATE TABLE " + name + " (id INT, name STRING) WITH ('connector' = 'filesystem', 'path' = '"
                + tmp.resolve(name).toUri() + "', 'format' = '" + format + "')");
    }

    private static List<String> jars(TableEnvironment t) {
        return t.getConfig().getOptional(PipelineOptions.JARS).orElse(Collections.emptyList());
    }

    @Test
    void readingOrWritingTheFormatOnARemoteClusterShipsTheSdksClasses() throws Exception {
        TableEnvironment reads = env("remote", 1);
        table(reads, "src", "lakejob-csv");
        reads.executeSql("CREATE TABLE snk (id INT, name STRING) WITH ('connector' = 'blackhole')");
        reads.getConfig().set(PipelineOptions.JARS, List.of("file:/elsewhere/udf.jar"));

        reads.explainSql("INSERT INTO snk SELECT * FROM src");
        reads.explainSql("INSERT INTO snk SELECT * FROM src");

        String sdk = SdkCodeJar.location();
        // The user's own jars stay; the SDK's is added once, however often the job is planned.
        assertThat(jars(reads)).containsExactly("file:/elsewhere/udf.jar", sdk);
        Path jar = Path.of(URI.create(sdk));
        assertThat(jar).isRegularFile();
        try (JarFile z = new JarFile(jar.toFile())) {
            assertThat(z.stream().map(ZipEntry::getName))
                    .contains(
                            "io/lakejob/sdk/flink/internal/format/HeaderCsvFormatFactory.class",
                            "io/lakejob/sdk/flink/internal/format/HeaderCsvFormatFactory$HeaderCsvStreamFormat.class",
                            "io/lakejob/sdk/flink/internal/format/HeaderCsvFormatFactory$HeaderCsvWriterFactory.class",
                            "io/lakejob/sdk/flink/internal/format/CsvRecordSplitter.class");
        }

        TableEnvironment writes = env("remote", 1);
        writes.executeSql("CREATE TABLE gen (id INT, name STRING) WITH ('connector' = 'datagen')");
        table(writes, "written", "lakejob-csv");
        writes.explainSql("INSERT INTO written SELECT * FROM gen");
        assertThat(jars(writes)).containsExactly(sdk);
    }

    @Test
    void otherFormatsLocalRunsAndTheEmbeddedClusterGetNothing() throws Exception {
        TableEnvironment plain = env("remote", 1);
        table(plain, "src", "csv");
        table(plain, "dst", "json");
        plain.explainSql("INSERT INTO dst SELECT * FROM src");
        assertThat(jars(plain)).isEmpty();

        TableEnvironment local = env(null, 1);
        table(local, "src", "lakejob-csv");
        local.explainSql("SELECT * FROM src");
        assertThat(jars(local)).isEmpty();

        // Jobs for the client's embedded cluster go through the SDK's executor to this JVM: nothing to ship.
        TargetContext context = new TargetContext(
                new FlinkSettings(1, 1, MemorySize.parse("64m"), 10, null, 10, Duration.ofMinutes(1)),
                Clock.systemUTC(),
                null);
        DeploymentTarget embedded = new LocalTarget.Factory().create(TargetSettings.local(), context);
        DeploymentTarget standalone =
                new StandaloneTarget.Factory().create(TargetSettings.standalone("127.0.0.1:2", "a test"), context);
        String embeddedId = TargetExecutorFactory.register(embedded);
        String standaloneId = TargetExecutorFactory.register(standalone);
        try {
            TableEnvironment inProcess = targetEnv(embeddedId);
            table(inProcess, "src", "lakejob-csv");
            inProcess.explainSql("SELECT * FROM src");
            assertThat(jars(inProcess)).isEmpty();

            // The same executor sending a job to a standalone cluster: the SDK's jar goes with it.
            TableEnvironment toCluster = targetEnv(standaloneId);
            table(toCluster, "src", "lakejob-csv");
            toCluster.explainSql("SELECT * FROM src");
            assertThat(jars(toCluster)).containsExactly(SdkCodeJar.location());
        } finally {
            TargetExecutorFactory.unregister(embeddedId);
            TargetExecutorFactory.unregister(standaloneId);
            embedded.close();
        }
    }

    private static TableEnvironment targetEnv(String targetId) {
        Configuration c = new Configuration();
        TargetExecutorFactory.configure(c, targetId);
        return TableEnvironment.create(EnvironmentSettings.newInstance()
                .withConfiguration(c)
                .inStreamingMode()
                .build());
    }

    @Test
    void aClassesDirectoryIsPackedWithEveryFileButItsManifest() throws Exception {
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes.resolve("a/b"));
        Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(classes.resolve("a/b/C.class"), "c");
        Files.writeString(classes.resolve("a/b/C$1.class"), "c1");
        Files.writeString(classes.resolve("META-INF/services/org.apache.flink.table.factories.Factory"), "a.b.C\n");
        Files.writeString(classes.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\n");

        Path jar = SdkCodeJar.pack(classes);

        try (JarFile z = new JarFile(jar.toFile())) {
            assertThat(z.stream().map(ZipEntry::getName))
                    .containsExactlyInAnyOrder(
                            "META-INF/MANIFEST.MF",
                            "META-INF/services/org.apache.flink.table.factories.Factory",
                            "a/b/C.class",
                            "a/b/C$1.class");
            assertThat(new String(z.getInputStream(z.getEntry("a/b/C$1.class")).readAllBytes()))
                    .isEqualTo("c1");
        }
    }
}
