package io.lakejob.sdk.flink;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of the test class path in a new JVM, with this JVM's module options. */
final class ChildJvm {
    private ChildJvm() {}

    /**
     * Starts the JVM; its standard input is a pipe the caller may close, its standard output a pipe
     * to read, its error output goes to a file.
     *
     * @param main the main class
     * @param maxHeap the heap limit, for example {@code 256m}
     * @param errors where its error output goes
     * @param args its arguments
     * @return the process
     * @throws IOException when it cannot start
     */
    static Process start(Class<?> main, String maxHeap, Path errors, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx" + maxHeap);
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("--add-exports")) {
                command.add(arg);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectError(errors.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
    }
}
