package io.lakejob.sdk.flink.internal.format;

import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.TargetExecutorFactory;
import io.lakejob.sdk.flink.internal.targets.TargetKind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.ReadableConfig;
import org.apache.flink.table.api.TableConfig;

/**
 * Ships the SDK's own code with a Flink job whose tasks run SDK classes (the reader and writer of
 * the {@value HeaderCsvFormatFactory#IDENTIFIER} format) on a session cluster outside this JVM, whose
 * class path holds Flink but not the SDK.
 *
 * <p>{@link #shipWith(ReadableConfig)} is called by the format's factory while Flink's planner
 * creates the format for a job. That is exactly when a job uses it, whatever led there: a table in
 * the client's catalog, a table created by the job's own DDL, a table import, a dynamic table
 * option. The planner hands the factory the job's {@link TableConfig}; the SDK's jar is added to its
 * {@code pipeline.jars}, which Flink uploads with the job graph (as it does for a jar added with
 * {@code ADD JAR}). Only jobs submitted over REST ({@code execution.target=remote}) to a cluster
 * that is not this JVM's embedded one get it; the embedded cluster loads the SDK from this JVM.
 *
 * <p>The jar is where the SDK's classes come from: the lakejob-sdk-flink jar (or whatever jar holds
 * them) as it is; a classes directory (an IDE or a Maven build's tests) is packed into a jar once per
 * JVM, under the system temp directory, deleted when the JVM exits.
 */
final class SdkCodeJar {
    private static volatile String jar;

    private SdkCodeJar() {}

    /**
     * Adds the SDK's jar to the jars of the job being planned, if the job goes to a cluster outside
     * this JVM over REST.
     *
     * @param jobConfig the configuration the planner gave the format factory (the job's
     *     {@link TableConfig}; anything else is left alone)
     */
    static void shipWith(ReadableConfig jobConfig) {
        if (!(jobConfig instanceof TableConfig config) || !needsShipping(config)) {
            return;
        }
        String url = location();
        List<String> jars =
                new ArrayList<>(config.getOptional(PipelineOptions.JARS).orElse(List.of()));
        if (!jars.contains(url)) {
            jars.add(url);
            config.set(PipelineOptions.JARS, jars);
        }
    }

    /** @return whether jobs with this configuration run on a cluster that does not have this JVM's classes */
    static boolean needsShipping(ReadableConfig config) {
        String target = config.get(DeploymentOptions.TARGET);
        if (TargetExecutorFactory.TARGET.equals(target)) {
            // A LakeJob target: only the embedded cluster runs in this JVM.
            DeploymentTarget t = TargetExecutorFactory.target(config.get(TargetExecutorFactory.TARGET_ID));
            return t == null || t.kind() != TargetKind.LOCAL;
        }
        // local: this JVM; anything else (remote, yarn-*, kubernetes-*) runs elsewhere.
        return target != null && !"local".equals(target);
    }

    /**
     * The jar holding the SDK's classes, as a {@code file:} URL; packed from the classes directory on
     * the first call when the classes do not come from a jar.
     *
     * @return the jar's URL
     */
    static String location() {
        String j = jar;
        if (j == null) {
            synchronized (SdkCodeJar.class) {
                j = jar;
                if (j == null) {
                    jar = j = find();
                }
            }
        }
        return j;
    }

    private static String find() {
        CodeSource source = SdkCodeJar.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("Cannot tell where the SDK's classes come from, to ship them with the job");
        }
        Path where;
        try {
            where = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new IllegalStateException(
                    "The SDK's classes come from " + source.getLocation()
                            + ", which is not a local file to ship with the job",
                    e);
        }
        try {
            Path file = Files.isDirectory(where) ? pack(where) : where;
            URL url = file.toUri().toURL();
            return url.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot pack the SDK's classes in " + where + " into a jar to ship with the job", e);
        }
    }

    /** Packs a classes directory into a jar under the temp directory, deleted when the JVM exits. */
    static Path pack(Path classes) throws IOException {
        Path dir = Files.createTempDirectory("lakejob-sdk-code-");
        Path file = dir.resolve("lakejob-sdk-flink-classes.jar");
        // Deleted in the reverse order of registration: the jar, then its folder.
        dir.toFile().deleteOnExit();
        file.toFile().deleteOnExit();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream out = Files.newOutputStream(file);
                JarOutputStream z = new JarOutputStream(out, manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                if (!Files.isRegularFile(f) || name.equalsIgnoreCase("META-INF/MANIFEST.MF")) {
                    continue;
                }
                z.putNextEntry(new ZipEntry(name));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
        return file;
    }
}
