package io.lakejob.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The first code block of the README's {@code ## Command line}: a shell script that builds the jar,
 * writes a SQL file with a here-document and runs one {@code java -jar} command.
 *
 * @param lines the block's lines
 * @param build the build command
 * @param sqlFile the file the here-document writes
 * @param sql the here-document's text
 * @param jar the jar the command runs, relative to the repository
 * @param args the command's arguments after the jar
 */
record ReadmeCommand(List<String> lines, String build, String sqlFile, String sql, String jar, List<String> args) {
    /** The repository: the test runs in sdk-examples/cli. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();

    static ReadmeCommand read() throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Command line");
        assertThat(section).as("README.md has a section '## Command line'").isNotNegative();
        int open = section + 1;
        while (!readme.get(open).startsWith("```")) {
            assertThat(readme.get(open))
                    .as("no other section before the first block")
                    .doesNotStartWith("## ");
            open++;
        }
        int close = readme.subList(open + 1, readme.size()).indexOf("```") + open + 1;
        List<String> lines = List.copyOf(readme.subList(open + 1, close));

        assertThat(lines.get(0)).isEqualTo("set -e");
        String build = lines.get(1);
        String heredoc = lines.get(2);
        assertThat(heredoc).matches("cat > \\S+ <<'SQL'");
        String sqlFile = heredoc.split(" ")[2];
        int end = lines.indexOf("SQL");
        String sql = String.join("\n", lines.subList(3, end)) + "\n";
        assertThat(lines).as("nothing after the command").hasSize(end + 2);
        List<String> command = Arrays.asList(lines.get(end + 1).split(" +"));
        assertThat(command.subList(0, 2)).containsExactly("java", "-jar");
        return new ReadmeCommand(
                lines, build, sqlFile, sql, command.get(2), List.copyOf(command.subList(3, command.size())));
    }

    /** What a child process printed. */
    record Ran(int exit, String out, String err) {}

    /** Runs a child process in a folder holding the block's SQL file. */
    Ran runIn(Path dir, List<String> javaAndClassPath) throws Exception {
        return runIn(dir, javaAndClassPath, args);
    }

    /** Runs a child process with other arguments, in a folder holding the block's SQL file. */
    Ran runIn(Path dir, List<String> javaAndClassPath, List<String> arguments) throws Exception {
        Files.writeString(dir.resolve(sqlFile), sql, StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(javaAndClassPath);
        cmd.addAll(arguments);
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        // The child's home is the folder: nothing of the user's credentials or state is read.
        pb.environment().keySet().removeIf(k -> k.startsWith("LAKEJOB_") || k.startsWith("HUAWEICLOUD_"));
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the README's command did not end within 5 minutes");
        }
        return new Ran(
                p.exitValue(),
                Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
