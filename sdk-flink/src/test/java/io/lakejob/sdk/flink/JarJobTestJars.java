package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds user jars for jar job tests at run time: from compiled test classes, or from source compiled here. */
final class JarJobTestJars {
    private JarJobTestJars() {}

    /**
     * Packages test classes (with their nested classes) into a jar.
     *
     * @param jar the jar to write
     * @param mainClass the manifest's Main-Class, or {@code null}
     * @param classes the classes
     * @return the jar
     */
    static Path jarOf(Path jar, String mainClass, Class<?>... classes) throws IOException {
        try (JarOutputStream z = open(jar, mainClass)) {
            for (Class<?> c : classes) {
                Path file;
                try {
                    file = Path.of(c.getResource(c.getSimpleName() + ".class").toURI());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
                String pkg = c.getPackageName().replace('.', '/') + "/";
                try (Stream<Path> s = Files.list(file.getParent())) {
                    for (Path f : (Iterable<Path>) s::iterator) {
                        String n = f.getFileName().toString();
                        if (n.equals(c.getSimpleName() + ".class") || n.startsWith(c.getSimpleName() + "$")) {
                            z.putNextEntry(new ZipEntry(pkg + n));
                            Files.copy(f, z);
                            z.closeEntry();
                        }
                    }
                }
            }
        }
        return jar;
    }

    /**
     * Compiles Java sources (against the test class path) and packages the classes into a jar, so
     * the classes exist nowhere but in that jar.
     *
     * @param jar the jar to write
     * @param mainClass the manifest's Main-Class, or {@code null}
     * @param sources class name to source
     * @param extraClassPath more class path entries (for example another compiled jar)
     * @return the jar
     */
    static Path compileJar(Path jar, String mainClass, Map<String, String> sources, Path... extraClassPath)
            throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK compiler").isNotNull();
        Path src = Files.createTempDirectory(jar.getParent(), "src");
        Path out = Files.createTempDirectory(jar.getParent(), "classes");
        List<String> args = new ArrayList<>();
        StringBuilder cp = new StringBuilder(System.getProperty("java.class.path"));
        for (Path p : extraClassPath) {
            cp.append(java.io.File.pathSeparator).append(p);
        }
        args.addAll(List.of("-classpath", cp.toString(), "-d", out.toString(), "-nowarn", "-proc:none"));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path f = src.resolve(e.getKey().replace('.', '/') + ".java");
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
            args.add(f.toString());
        }
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int rc = javac.run(null, null, err, args.toArray(new String[0]));
        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        try (JarOutputStream z = open(jar, mainClass);
                Stream<Path> s = Files.walk(out)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(f)) {
                    z.putNextEntry(new ZipEntry(out.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, z);
                    z.closeEntry();
                }
            }
        }
        return jar;
    }

    private static JarOutputStream open(Path jar, String mainClass) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        OutputStream out = Files.newOutputStream(jar);
        return new JarOutputStream(out, m);
    }

    /** The lines of a test sink's output, or none yet. */
    static List<String> lines(Path outDir) {
        Path f = outDir.resolve("part-0");
        try {
            return Files.exists(f) ? Files.readAllLines(f) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls a condition until it holds; fails after the timeout. */
    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Await.until(what, timeout, condition);
    }
}
