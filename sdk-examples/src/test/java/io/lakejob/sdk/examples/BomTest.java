package io.lakejob.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The BOM ({@code sdk-api/bom}) has no parent, so nothing but this test keeps it in step with the
 * build: same version, every published module of the reactor and nothing else, the same published
 * metadata as the parent POM.
 */
class BomTest {
    static final Path ROOT =
            Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

    private final Element root = pom(ROOT.resolve("pom.xml"));
    private final Element bom = pom(ROOT.resolve("sdk-api/bom/pom.xml"));

    @Test
    void bomIsAModuleOfTheBuildWithItsCoordinatesAndNoParent() {
        assertThat(modules()).contains("sdk-api/bom");
        assertThat(child(bom, "parent"))
                .as("a BOM with a parent exports the parent's dependencyManagement")
                .isNull();
        assertThat(text(bom, "groupId")).isEqualTo(text(root, "groupId"));
        assertThat(text(bom, "artifactId")).isEqualTo("lakejob-sdk-bom");
        assertThat(text(bom, "packaging")).isEqualTo("pom");
        assertThat(text(bom, "version")).isEqualTo(text(root, "version"));
    }

    @Test
    void bomListsEveryPublishedModuleAndNothingElse() {
        Set<String> published = new TreeSet<>();
        for (String module : modules()) {
            Element pom = pom(ROOT.resolve(module).resolve("pom.xml"));
            String packaging = child(pom, "packaging") == null ? "jar" : text(pom, "packaging");
            Element properties = child(pom, "properties");
            boolean deploySkipped = properties != null
                    && child(properties, "maven.deploy.skip") != null
                    && text(properties, "maven.deploy.skip").equals("true");
            if (packaging.equals("jar") && !deploySkipped) {
                published.add(text(pom, "artifactId"));
            }
        }
        assertThat(published).contains("lakejob-sdk-api", "lakejob-sdk-cloud", "lakejob-sdk-flink");

        List<Element> managed = children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency");
        Set<String> listed = new TreeSet<>();
        for (Element d : managed) {
            assertThat(text(d, "groupId")).isEqualTo("io.lakejob");
            assertThat(text(d, "version")).isEqualTo("${project.version}");
            assertThat(child(d, "scope"))
                    .as("no import or scope games in the BOM")
                    .isNull();
            assertThat(child(d, "type")).isNull();
            listed.add(text(d, "artifactId"));
        }
        assertThat(listed).hasSize(managed.size()).isEqualTo(published);
        for (String nothingElse : List.of("dependencies", "properties", "repositories", "modules", "profiles")) {
            assertThat(child(bom, nothingElse)).as(nothingElse).isNull();
        }
    }

    /**
     * The README's quick start ({@code mvn -pl sdk-examples -am compile exec:exec}) and the benchmark
     * commands run {@code exec:exec} on every module of a reactor that includes the BOM (sdk-examples
     * stages it for its consumer projects); without a parent, the BOM must say itself that it runs
     * nothing, or the command fails there ("parameter 'executable' is missing").
     */
    @Test
    void execRunsNothingInTheBomSoTheQuickStartCommandWorks() {
        Element exec = null;
        for (Element p : children(child(child(bom, "build"), "plugins"), "plugin")) {
            if (text(p, "artifactId").equals("exec-maven-plugin")) {
                exec = p;
            }
        }
        assertThat(exec).as("exec-maven-plugin in the BOM's build plugins").isNotNull();
        Element configuration = child(exec, "configuration");
        assertThat(text(configuration, "skip")).isEqualTo("true");
        assertThat(text(configuration, "executable")).isNotBlank();
    }

    @Test
    void bomCarriesTheParentsPublishedMetadata() {
        for (String element : List.of("url", "organization", "licenses", "developers", "scm", "issueManagement")) {
            assertThat(child(bom, element)).as(element).isNotNull();
            assertThat(canonical(child(bom, element))).as(element).isEqualTo(canonical(child(root, element)));
        }
        assertThat(text(bom, "name")).isNotBlank();
        assertThat(text(bom, "description")).isNotBlank();
    }

    private List<String> modules() {
        List<String> modules = new ArrayList<>();
        for (Element m : children(child(root, "modules"), "module")) {
            modules.add(m.getTextContent().trim());
        }
        return modules;
    }

    static Element pom(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            try (var in = Files.newInputStream(file)) {
                return factory.newDocumentBuilder().parse(in).getDocumentElement();
            }
        } catch (Exception e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    static String text(Element parent, String name) {
        Element e = child(parent, name);
        assertThat(e).as("<" + name + "> in <" + parent.getTagName() + ">").isNotNull();
        return e.getTextContent().trim();
    }

    /** The element's child elements and text, without attributes, comments or layout. */
    private static String canonical(Element e) {
        StringBuilder out = new StringBuilder(e.getTagName()).append('{');
        boolean hasElements = false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.append(canonical(c));
                hasElements = true;
            }
        }
        if (!hasElements) {
            out.append(e.getTextContent().trim());
        }
        return out.append('}').toString();
    }
}
