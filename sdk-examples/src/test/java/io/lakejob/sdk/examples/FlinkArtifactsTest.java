package io.lakejob.sdk.examples;

import static io.lakejob.sdk.examples.BomTest.child;
import static io.lakejob.sdk.examples.BomTest.children;
import static io.lakejob.sdk.examples.BomTest.pom;
import static io.lakejob.sdk.examples.BomTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The two Flink artifacts are one source tree built twice: {@code sdk-flink} (Flink 1.x) and {@code
 * sdk-flink/flink2} (Flink 2.x). Their POMs must declare the same dependencies, and the 2.x one must
 * build sdk-flink's sources, not copies of them; only the Flink version and the compat folder differ.
 */
class FlinkArtifactsTest {
    private final Element flink1 = pom(BomTest.ROOT.resolve("sdk-flink/pom.xml"));
    private final Element flink2 = pom(BomTest.ROOT.resolve("sdk-flink/flink2/pom.xml"));

    private static List<String> dependencies(Element pom) {
        List<String> out = new ArrayList<>();
        for (Element d : children(child(pom, "dependencies"), "dependency")) {
            Element scope = child(d, "scope");
            Element version = child(d, "version");
            Element optional = child(d, "optional");
            out.add(text(d, "groupId") + ":" + text(d, "artifactId") + ":"
                    + (version == null ? "" : version.getTextContent().trim()) + ":"
                    + (scope == null ? "compile" : scope.getTextContent().trim())
                    + (optional == null
                            ? ""
                            : ":optional=" + optional.getTextContent().trim()));
        }
        return out;
    }

    @Test
    void bothFlinkLinesDeclareTheSameDependencies() {
        assertThat(dependencies(flink2)).isEqualTo(dependencies(flink1));
    }

    @Test
    void theFlink2ArtifactBuildsTheSharedSourcesWithItsOwnCompatFolder() throws Exception {
        assertThat(text(flink1, "artifactId")).isEqualTo("lakejob-sdk-flink");
        assertThat(text(flink2, "artifactId")).isEqualTo("lakejob-sdk-flink2");
        Element build = child(flink2, "build");
        assertThat(text(build, "sourceDirectory")).isEqualTo("../src/main/java");
        assertThat(text(build, "testSourceDirectory")).isEqualTo("../src/test/java");
        assertThat(text(child(flink2, "properties"), "flink.version")).isEqualTo("${flink2.version}");
        String pom2 = Files.readString(BomTest.ROOT.resolve("sdk-flink/flink2/pom.xml"));
        assertThat(pom2).contains("<source>../src/flink2/java</source>", "<source>../src/test-flink2/java</source>");
        assertThat(Files.readString(BomTest.ROOT.resolve("sdk-flink/pom.xml")))
                .contains("<source>src/flink1/java</source>", "<source>src/test-flink1/java</source>");
        // No sources of its own: everything it compiles comes from sdk-flink/src.
        assertThat(BomTest.ROOT.resolve("sdk-flink/flink2/src")).doesNotExist();
    }
}
