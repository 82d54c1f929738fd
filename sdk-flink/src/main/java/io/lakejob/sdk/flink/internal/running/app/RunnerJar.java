package io.lakejob.sdk.flink.internal.running.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * The jar of {@link SqlRunnerMain} alone (its classes and a manifest naming it), written once per
 * JVM under the system temp directory and deleted when the JVM exits. An application cluster gets
 * this jar as its one user jar: nothing of the SDK but the runner reaches the cluster.
 */
public final class RunnerJar {
    private static volatile Path jar;

    private RunnerJar() {}

    /**
     * The runner's jar, written on first call.
     *
     * @return its path
     */
    public static Path path() {
        Path j = jar;
        if (j == null) {
            synchronized (RunnerJar.class) {
                j = jar;
                if (j == null) {
                    jar = j = write();
                }
            }
        }
        return j;
    }

    /** @return the runner's main class name */
    public static String mainClass() {
        return SqlRunnerMain.class.getName();
    }

    private static Path write() {
        try {
            Path dir = Files.createTempDirectory("lakejob-sql-runner-");
            Path file = dir.resolve("lakejob-sql-runner.jar");
            dir.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            Manifest m = new Manifest();
            m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass());
            try (OutputStream out = Files.newOutputStream(file);
                    JarOutputStream z = new JarOutputStream(out, m)) {
                for (Class<?> c : new Class<?>[] {SqlRunnerMain.class, SqlRunnerMain.Parsed.class}) {
                    String name = c.getName().replace('.', '/') + ".class";
                    try (InputStream in = c.getClassLoader().getResourceAsStream(name)) {
                        if (in == null) {
                            throw new IOException("class file " + name + " not found");
                        }
                        z.putNextEntry(new ZipEntry(name));
                        in.transferTo(z);
                        z.closeEntry();
                    }
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the SQL runner's jar", e);
        }
    }
}
