package io.lakejob.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The README's code blocks are checked, so that they cannot rot. Only README.md of this repository
 * is read, and the consumer projects and POMs next to it.
 *
 * <ul>
 *   <li>Every {@code ```java} block compiles (javax.tools, this module's test class path: every SDK
 *       module, Flink, JUnit, AssertJ). A block with a type declaration is a compilation unit, its
 *       imports shown in the README. Any other block is a run of statements: it is compiled in a
 *       method, after the lines of the HTML comment right before it ({@code <!-- snippet, compiled
 *       by ReadmeSnippetsTest in a method after these lines: ... -->}): imports go to the top,
 *       anything else (variables the snippet uses) into the method before the snippet.
 *   <li>A {@code ```xml} block after {@code <!-- snippet: the dependencies of
 *       sdk-examples/src/it/NAME/pom.xml -->} declares exactly that consumer project's
 *       dependencies and properties (the project the build runs through dependencyConvergence),
 *       with the versions of this build; every block with a {@code <dependency>} is such a block.
 *   <li>The {@code argLine} block after {@code <!-- snippet: the parent POM's flink.java17.opens -->}
 *       holds exactly the options of that property.
 *   <li>A {@code ```java} block after {@code <!-- snippet: the class PATH -->} is that example class
 *       of this repository as it stands, without its package line (the test-harness example).
 * </ul>
 */
class ReadmeSnippetsTest {
    private static final Path ROOT = BomTest.ROOT;
    private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");
    private static final Pattern TYPE_DECLARATION = Pattern.compile(
            "^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+)", Pattern.MULTILINE);
    private static final String JAVA_MARKER =
            "<!-- snippet, compiled by ReadmeSnippetsTest in a method after these lines:";
    private static final Pattern DEPENDENCIES_MARKER =
            Pattern.compile("<!-- snippet: the dependencies of (sdk-examples/src/it/[\\w-]+/pom\\.xml) -->");
    private static final String OPENS_MARKER = "<!-- snippet: the parent POM's flink.java17.opens -->";
    private static final Pattern CLASS_MARKER = Pattern.compile("<!-- snippet: the class ([\\w/.-]+\\.java) -->");

    /** A fenced block: its language, its text, the README line of its first line, the comment before it. */
    record Block(String language, String text, int firstLine, String comment) {}

    private final List<Block> blocks = blocks();
    private final Element parentPom = BomTest.pom(ROOT.resolve("pom.xml"));

    @Test
    void everyJavaBlockCompiles() throws IOException, URISyntaxException {
        List<Block> java =
                blocks.stream().filter(b -> b.language().equals("java")).toList();
        assertThat(java)
                .as("the quick start, the cloud client and the test harness at least")
                .hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(b -> assertThat(b.text()).contains("@ExtendWith(LakeJobFlinkExtension.class)"));

        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < java.size(); i++) {
            sources.add(source(java.get(i), "readme.snippet" + (i + 1)));
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createDirectories(buildDirectory().resolve("readme-snippets"));
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean compiled = compiler.getTask(
                            null,
                            files,
                            diagnostics,
                            List.of(
                                    "--release",
                                    "17",
                                    "-proc:none",
                                    "-classpath",
                                    System.getProperty("java.class.path"),
                                    "-d",
                                    out.toString()),
                            null,
                            sources)
                    .call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    Source s = (Source) d.getSource();
                    long readmeLine = s == null ? -1 : s.block.firstLine() + d.getLineNumber() - 1 - s.headerLines;
                    errors.add("README.md line " + readmeLine + ": " + d.getMessage(Locale.ROOT));
                }
            }
            assertThat(errors).as("compile errors in README snippets").isEmpty();
            assertThat(compiled).isTrue();
        }
    }

    @Test
    void dependencySnippetsAreTheConsumerProjectsTheBuildChecks() {
        List<Block> xml =
                blocks.stream().filter(b -> b.language().equals("xml")).toList();
        int checked = 0;
        for (Block b : xml) {
            Matcher m = DEPENDENCIES_MARKER.matcher(b.comment());
            if (!m.find()) {
                assertThat(b.text())
                        .as("an xml block with a <dependency> at README.md line " + b.firstLine()
                                + " must name its consumer project")
                        .doesNotContain("<dependency>");
                continue;
            }
            Element project = BomTest.pom(ROOT.resolve(m.group(1)));
            Element snippet = xml("<snippet>" + b.text() + "</snippet>");
            assertThat(dependencies(snippet, false))
                    .as("README.md line " + b.firstLine() + " against " + m.group(1))
                    .isEqualTo(dependencies(project, true));
            assertThat(properties(snippet, false))
                    .as("README.md line " + b.firstLine() + " against " + m.group(1))
                    .isEqualTo(properties(project, true));
            checked++;
        }
        assertThat(checked).as("the cloud application and the test suite").isEqualTo(2);
    }

    @Test
    void classSnippetsAreTheExampleClassesAsTheyStand() throws IOException {
        int checked = 0;
        for (Block b : blocks) {
            Matcher m = CLASS_MARKER.matcher(b.comment());
            if (!m.find()) {
                continue;
            }
            String source = Files.readString(ROOT.resolve(m.group(1)), StandardCharsets.UTF_8);
            assertThat(source).startsWith("package ");
            String withoutPackage = source.substring(source.indexOf('\n') + 1).stripLeading();
            assertThat(b.language()).isEqualTo("java");
            assertThat(b.text())
                    .as("README.md line " + b.firstLine() + " against " + m.group(1))
                    .isEqualTo(withoutPackage);
            checked++;
        }
        assertThat(checked).as("the test-harness example").isEqualTo(1);
    }

    @Test
    void argLineSnippetHoldsFlinksJava17Options() {
        Block argLine = blocks.stream()
                .filter(b -> b.comment().contains(OPENS_MARKER))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no block after " + OPENS_MARKER));
        String options = xml(argLine.text()).getTextContent().trim();
        String expected = BomTest.text(BomTest.child(parentPom, "properties"), "flink.java17.opens");
        assertThat(List.of(options.split("\\s+")))
                .isEqualTo(List.of(expected.trim().split("\\s+")));
    }

    // ---------------------------------------------------------------------------------------

    private static List<Block> blocks() {
        List<String> lines;
        try {
            lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read README.md", e);
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).equals("```")) {
                end++;
            }
            assertThat(end).as("unclosed block at README.md line " + (i + 1)).isLessThan(lines.size());
            String text = String.join("\n", lines.subList(i + 1, end)) + "\n";
            blocks.add(new Block(open.group(1), text, i + 2, commentBefore(lines, i)));
            i = end;
        }
        return blocks;
    }

    /** The HTML comment that ends on the last non-blank line before line {@code fence}, or "". */
    private static String commentBefore(List<String> lines, int fence) {
        int last = fence - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        if (last < 0 || !lines.get(last).trim().endsWith("-->")) {
            return "";
        }
        int first = last;
        while (first >= 0 && !lines.get(first).trim().startsWith("<!--")) {
            first--;
        }
        return first < 0 ? "" : String.join("\n", lines.subList(first, last + 1));
    }

    /** A README block as a compilation unit in its own package. */
    private static final class Source extends SimpleJavaFileObject {
        final Block block;
        final String code;
        final int headerLines;

        Source(Block block, String className, String code, int headerLines) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.block = block;
            this.code = code;
            this.headerLines = headerLines;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }

    private static Source source(Block block, String pkg) {
        Matcher type = TYPE_DECLARATION.matcher(block.text());
        if (type.find()) {
            assertThat(block.comment())
                    .as("README.md line " + block.firstLine()
                            + " is a compilation unit: its imports belong in the block")
                    .doesNotContain(JAVA_MARKER);
            String header = "package " + pkg + ";\n";
            return new Source(block, pkg + "." + type.group(1), header + block.text(), 1);
        }
        assertThat(block.comment())
                .as("README.md line " + block.firstLine() + ": statements need the comment " + JAVA_MARKER + " ... -->")
                .startsWith(JAVA_MARKER);
        StringBuilder imports = new StringBuilder();
        StringBuilder given = new StringBuilder();
        List<String> commentLines = List.of(block.comment().split("\n"));
        for (String line : commentLines.subList(1, commentLines.size() - 1)) {
            (line.startsWith("import ") ? imports : given).append(line).append('\n');
        }
        String header =
                "package " + pkg + ";\n" + imports + "class Snippet {\n void snippet() throws Exception {\n" + given;
        String code = header + block.text() + " }\n}\n";
        return new Source(block, pkg + ".Snippet", code, (int)
                header.chars().filter(c -> c == '\n').count());
    }

    private static Path buildDirectory() throws URISyntaxException {
        return Path.of(ReadmeSnippetsTest.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .getParent();
    }

    private static Element xml(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(text)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML:\n" + text, e);
        }
    }

    /**
     * Each dependency as {@code [managed ]groupId:artifactId:version:type:scope}; in a consumer
     * project, the invoker's {@code @name@} tokens are replaced by this build's values.
     */
    private Set<String> dependencies(Element root, boolean filtered) {
        Set<String> out = new TreeSet<>();
        NodeList all = root.getElementsByTagName("dependency");
        for (int i = 0; i < all.getLength(); i++) {
            Element d = (Element) all.item(i);
            boolean managed =
                    ((Element) d.getParentNode().getParentNode()).getTagName().equals("dependencyManagement");
            String id = String.join(
                    ":",
                    optional(d, "groupId"),
                    optional(d, "artifactId"),
                    optional(d, "version"),
                    optional(d, "type"),
                    optional(d, "scope"));
            out.add((managed ? "managed " : "") + (filtered ? filter(id) : id));
        }
        return out;
    }

    /** The project's properties as name=value, without the build's encoding. */
    private Set<String> properties(Element root, boolean filtered) {
        Set<String> out = new TreeSet<>();
        Element properties = BomTest.child(root, "properties");
        if (properties == null) {
            return out;
        }
        NodeList all = properties.getChildNodes();
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i) instanceof Element p && !p.getTagName().equals("project.build.sourceEncoding")) {
                String value = p.getTextContent().trim();
                out.add(p.getTagName() + "=" + (filtered ? filter(value) : value));
            }
        }
        return out;
    }

    private static String optional(Element parent, String name) {
        Element e = BomTest.child(parent, name);
        return e == null ? "" : e.getTextContent().trim();
    }

    /** A property of the parent POM, with the properties its value names resolved as Maven does. */
    private String property(String name) {
        String value = name.equals("project.version")
                ? BomTest.text(parentPom, "version")
                : BomTest.text(BomTest.child(parentPom, "properties"), name);
        Matcher ref = Pattern.compile("\\$\\{([\\w.-]+)}").matcher(value);
        StringBuilder out = new StringBuilder();
        while (ref.find()) {
            ref.appendReplacement(out, Matcher.quoteReplacement(property(ref.group(1))));
        }
        ref.appendTail(out);
        return out.toString();
    }

    private String filter(String text) {
        Matcher m = Pattern.compile("@([\\w.-]+)@").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(property(name)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
