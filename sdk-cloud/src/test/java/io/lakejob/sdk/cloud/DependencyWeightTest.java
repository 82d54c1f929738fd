package io.lakejob.sdk.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a user of sdk-cloud downloads: sdk-cloud, sdk-api and their runtime dependencies weigh at
 * most 6 MB (decimal, 6,000,000 bytes) and bring no Flink or Hadoop.
 *
 * <p>The class path is the one Maven resolves: the build writes it to
 * {@code ${project.build.directory}/runtime-classpath.txt} ({@code maven-dependency-plugin
 * build-classpath}, {@code includeScope=runtime}, phase {@code generate-test-resources}). Jars
 * count with their file size; a classes directory (sdk-api inside a reactor build, and sdk-cloud's
 * own classes) counts as the deflated jar it would be packed into.
 */
class DependencyWeightTest {
    private static final long BUDGET_BYTES = 6_000_000L;

    private static Path buildDir;
    private static List<Path> runtime;

    @BeforeAll
    static void readClassPath() throws IOException, URISyntaxException {
        Path classes = Path.of(CloudTransportProvider.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        buildDir = classes.getParent();
        Path file = buildDir.resolve("runtime-classpath.txt");
        assertThat(file)
                .as("written by maven-dependency-plugin in generate-test-resources; run through Maven")
                .exists();
        runtime = new ArrayList<>();
        runtime.add(classes);
        for (String entry :
                Files.readString(file, StandardCharsets.UTF_8).trim().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                runtime.add(Path.of(entry));
            }
        }
    }

    @Test
    void theClassPathIsTheRestTransportsAndComplete() {
        assertThat(runtime).allSatisfy(p -> assertThat(p).exists());
        assertThat(runtime)
                .extracting(p -> p.getFileName().toString())
                .anyMatch(n -> n.startsWith("httpclient5-"))
                .anyMatch(n -> n.startsWith("jackson-databind-"))
                .anyMatch(n -> n.startsWith("lakejob-sdk-api") || n.equals("classes"));
        // Test-only dependencies must not leak into what users get.
        assertThat(runtime)
                .extracting(p -> p.getFileName().toString())
                .noneMatch(n -> n.startsWith("wiremock") || n.startsWith("junit") || n.startsWith("huaweicloud"));
    }

    @Test
    void noFlinkOrHadoopAtRuntime() {
        assertThat(runtime).noneMatch(p -> {
            String path = p.toString().replace(File.separatorChar, '/').toLowerCase(Locale.ROOT);
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return path.contains("/org/apache/flink/")
                    || path.contains("/org/apache/hadoop/")
                    || name.startsWith("flink-")
                    || name.startsWith("hadoop-");
        });
    }

    @Test
    void weighsAtMostSixMegabytes() throws IOException {
        long total = 0;
        StringBuilder listing = new StringBuilder();
        for (Path p : runtime) {
            long size = shippedSize(p);
            total += size;
            listing.append(String.format(Locale.ROOT, "%n  %,11d  %s", size, p));
        }
        assertThat(total)
                .as("sdk-cloud + runtime dependencies (%d entries):%s", runtime.size(), listing)
                .isPositive()
                .isLessThanOrEqualTo(BUDGET_BYTES);
    }

    @Test
    void directoriesAreWeighedAsTheJarTheyBecome() throws IOException {
        // The estimate must be a real (deflated) size: smaller than the raw bytes, larger than nothing.
        Path classes = runtime.get(0);
        long raw;
        try (Stream<Path> files = Files.walk(classes)) {
            raw = files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
        long packed = shippedSize(classes);
        assertThat(packed).isPositive().isLessThan(raw);
    }

    private static long shippedSize(Path entry) throws IOException {
        if (Files.isRegularFile(entry)) {
            return Files.size(entry);
        }
        CountingStream counter = new CountingStream();
        try (ZipOutputStream zip = new ZipOutputStream(counter);
                Stream<Path> files = Files.walk(entry)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                zip.putNextEntry(new ZipEntry(entry.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        return counter.count;
    }

    private static final class CountingStream extends OutputStream {
        private long count;

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
