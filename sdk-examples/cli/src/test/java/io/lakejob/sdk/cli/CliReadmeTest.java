package io.lakejob.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.examples.QuickStart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code ## Command line}: its first block is the build of the jar, the quick start's
 * Orders SQL and the command the build verifies (run here in a child JVM from this module's classes;
 * {@link CliJarTest} runs it from the jar), and its tables list every exit code and executeType.
 */
class CliReadmeTest {
    @TempDir
    Path tmp;

    @Test
    void theFirstBlockBuildsTheJarAndRunsTheQuickStartsSqlFromAFile() throws Exception {
        ReadmeCommand block = ReadmeCommand.read();
        assertThat(block.build()).isEqualTo("mvn -q -B -pl sdk-examples/cli -am package -DskipTests");
        assertThat(block.sql()).isEqualTo(QuickStart.ORDERS_SQL);
        assertThat(block.jar()).isEqualTo("sdk-examples/cli/target/lakejob.jar");
        String pom = Files.readString(ReadmeCommand.ROOT.resolve("sdk-examples/cli/pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom).contains("<finalName>lakejob</finalName>");
        assertThat(block.args())
                .containsSubsequence(
                        "--endpoint", "flink:local", "flink-job", "run", "--sql-file", block.sqlFile(), "--rows");

        // The same command, from this module's classes in a child JVM (the test class path).
        List<String> java = new ArrayList<>();
        java.add(ReadmeCommand.java());
        java.addAll(Arrays.asList(System.getProperty("lakejob.test.opens", "").split(" +")));
        java.removeIf(String::isBlank);
        java.add("-Duser.home=" + tmp);
        java.add("-cp");
        java.add(System.getProperty("java.class.path"));
        java.add(Lakejob.class.getName());
        ReadmeCommand.Ran ran = block.runIn(tmp, java);
        assertThat(ran.exit()).as(ran.err()).isZero();
        assertThat(ran.out()).isEqualTo("ordertotal | numtotal\n1 | 1001000\n");
        assertThat(ran.err())
                .containsPattern("lakejob: flink job \\d+ \\(orders_agg\\): job_finish after [0-9.]+ (ms|s)");
        assertThat(tmp.resolve(".lakejob"))
                .as("--no-state: nothing written to the home")
                .doesNotExist();
    }

    @Test
    void theExitCodeTableAndTheExecuteTypeTableAreComplete() throws Exception {
        String readme = Files.readString(ReadmeCommand.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Command line"), readme.indexOf("## Tests"));
        List<Integer> codes = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| (\\d+) \\| ").matcher(section);
        while (m.find()) {
            codes.add(Integer.parseInt(m.group(1)));
        }
        List<Integer> declared = new ArrayList<>();
        for (var f : ExitCodes.class.getFields()) {
            declared.add(f.getInt(null));
        }
        assertThat(codes).containsExactlyElementsOf(declared);
        for (String line : Lakejob.EXIT_CODES) {
            assertThat(codes).contains(Integer.parseInt(line.substring(0, line.indexOf(':'))));
        }
        for (ExecuteType t : ExecuteType.values()) {
            assertThat(section).contains("| `" + t.name() + "` |");
        }
    }
}
