package io.lakejob.sdk.cloud.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs a benchmark's child JVM: this JVM's {@code java}, logging at WARN, output merged and read line by line. */
final class ChildJvm {
    private ChildJvm() {}

    /**
     * Runs {@code java} with the given arguments and waits for it to exit.
     *
     * <p>Both SDKs log at WARN: the bench class path holds the test resources, whose
     * simplelogger.properties puts the SDK's loggers at TRACE (for the secret-scanning tests), which
     * would time our wire log instead of our calls.
     *
     * @param what what the child is, for the error
     * @param args JVM flags, class path, main class and its arguments
     * @param onLine called with each output line as it comes
     * @return every output line
     * @throws IllegalStateException when the child cannot run or exits with a non-zero status
     */
    static List<String> run(String what, List<String> args, Consumer<String> onLine) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.io.lakejob=warn"));
        cmd.addAll(args);
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                    onLine.accept(line);
                }
            }
            int code = p.waitFor();
            if (code != 0) {
                throw new IllegalStateException(what + " failed (exit " + code + "):\n" + String.join("\n", lines));
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
