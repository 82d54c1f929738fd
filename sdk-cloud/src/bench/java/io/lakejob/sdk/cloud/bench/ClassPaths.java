package io.lakejob.sdk.cloud.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The two SDKs' runtime class paths, as separate lists, for fresh JVMs and for weighing.
 *
 * <p>Ours: the file the build writes ({@code runtime-classpath.txt}: sdk-api and the runtime
 * dependencies of sdk-cloud) plus sdk-cloud's own classes. The official SDK: the entries of the
 * bench class path that belong to the dependency tree of {@code huaweicloud-sdk-dli} 3.1.130
 * ({@code mvn -Pbench dependency:tree}: the DLI and core jars, Jackson core/databind/annotations/
 * jsr310/jdk8, snakeyaml, OkHttp/Okio/Kotlin stdlib, openEuler BGM provider with Bouncy Castle,
 * slf4j-api) — 21 jars. Jackson and slf4j-api versions are the ones Maven mediates in this
 * build (the same as ours).
 */
final class ClassPaths {
    private static final List<String> OFFICIAL_GROUP_DIRS = List.of(
            "/com/huaweicloud/sdk/",
            "/com/fasterxml/jackson/",
            "/org/yaml/snakeyaml/",
            "/com/squareup/",
            "/org/jetbrains/",
            "/org/openeuler/",
            "/org/bouncycastle/",
            "/org/slf4j/slf4j-api/");

    private ClassPaths() {}

    /** Our runtime class path: runtime-classpath.txt plus sdk-cloud's classes. */
    static List<Path> ours(Path buildDir) {
        try {
            String text = Files.readString(buildDir.resolve("runtime-classpath.txt"), StandardCharsets.UTF_8)
                    .trim();
            List<Path> out = new ArrayList<>();
            out.add(buildDir.resolve("classes"));
            for (String e : text.split(File.pathSeparator)) {
                if (!e.isBlank()) {
                    out.add(Path.of(e));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The official SDK's runtime class path, picked from this JVM's (bench) class path. */
    static List<Path> official() {
        List<Path> out = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String unix = e.replace(File.separatorChar, '/');
            if (unix.endsWith(".jar") && OFFICIAL_GROUP_DIRS.stream().anyMatch(unix::contains)) {
                out.add(Path.of(e));
            }
        }
        return out;
    }

    /** Joins entries, plus the bench classes (where the cold-start mains live), first. */
    static String join(Path benchClasses, List<Path> entries) {
        StringBuilder sb = new StringBuilder(benchClasses.toString());
        for (Path p : entries) {
            sb.append(File.pathSeparator).append(p);
        }
        return sb.toString();
    }

    /**
     * The size of an entry as shipped: a jar's file size; a classes directory is zipped (deflated,
     * like {@code maven-jar-plugin}) in memory and that size is counted.
     */
    static long shippedSize(Path entry) {
        try {
            if (Files.isRegularFile(entry)) {
                return Files.size(entry);
            }
            CountingStream counter = new CountingStream();
            try (ZipOutputStream zip = new ZipOutputStream(counter);
                    Stream<Path> files = Files.walk(entry)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    zip.putNextEntry(new ZipEntry(entry.relativize(f).toString().replace(File.separatorChar, '/')));
                    Files.copy(f, zip);
                    zip.closeEntry();
                }
            }
            return counter.count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long shippedSize(List<Path> entries) {
        return entries.stream().mapToLong(ClassPaths::shippedSize).sum();
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
