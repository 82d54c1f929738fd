package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Where sdk-flink's heavy dependencies may be named, read from its sources (both Flink lines'
 * compat sources included). sdk-flink cannot be a named module (Flink's shaded jars have no valid
 * module names), so these rules stand in for a module-info: Flink's runtime, client and streaming
 * APIs stay in {@code internal.running}, {@code internal.targets} and {@code internal.compat}; the
 * YARN and Hadoop APIs in {@code internal.targets.yarn}; flink-kubernetes in
 * {@code internal.targets.kubernetes}; and the public packages name no Flink type at all.
 * Optional modules are reached by class name (strings), which these rules allow.
 */
class PackageBoundariesTest {
    private static final String ROOT = "io.lakejob.sdk.flink";

    /** A qualified name in code (imports included), comments and string literals removed. */
    private static final Pattern QUALIFIED =
            Pattern.compile("\\b(org\\.apache\\.(?:flink|hadoop)\\.[a-z0-9_.]*[a-z0-9_])\\.");

    /** Rules: a prefix of qualified names, and the packages (with their sub-packages) allowed to use it. */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "org.apache.flink.runtime",
                    List.of(ROOT + ".internal.running", ROOT + ".internal.targets", ROOT + ".internal.compat"),
            "org.apache.flink.client",
                    List.of(ROOT + ".internal.running", ROOT + ".internal.targets", ROOT + ".internal.compat"),
            "org.apache.flink.streaming",
                    List.of(ROOT + ".internal.running", ROOT + ".internal.targets", ROOT + ".internal.compat"),
            "org.apache.flink.yarn", List.of(ROOT + ".internal.targets.yarn"),
            "org.apache.hadoop", List.of(ROOT + ".internal.targets.yarn"),
            "org.apache.flink.kubernetes", List.of(ROOT + ".internal.targets.kubernetes"));

    @Test
    void flinkRuntimeHadoopAndKubernetesStayInTheirPackages() {
        List<String> broken = new ArrayList<>();
        int files = 0;
        for (Path source : sources()) {
            files++;
            String pkg = packageOf(source);
            for (String name : qualifiedNames(source)) {
                ALLOWED.forEach((prefix, packages) -> {
                    if ((name + ".").startsWith(prefix + ".")
                            && packages.stream().noneMatch(p -> within(pkg, p))) {
                        broken.add(pkg + " (" + source.getFileName() + ") names " + name);
                    }
                });
            }
        }
        assertThat(files).as("source files read").isGreaterThan(80);
        assertThat(broken).isEmpty();
    }

    @Test
    void thePublicPackagesNameNoFlinkOrHadoopType() {
        List<String> broken = new ArrayList<>();
        for (Path source : sources()) {
            String pkg = packageOf(source);
            if (!within(pkg, ROOT + ".internal")) {
                qualifiedNames(source).forEach(n -> broken.add(pkg + " (" + source.getFileName() + ") names " + n));
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theRulesCatchAViolation() {
        // The scanner itself: an import in the wrong package is found, one in a string is not.
        String code = "package io.lakejob.sdk.flink.internal.ops;\nimport org.apache.hadoop.conf.Configuration;\n"
                + "class X { String s = \"org.apache.flink.yarn.Y\"; /* org.apache.flink.runtime.Z */ }";
        assertThat(qualifiedNames(code)).containsExactly("org.apache.hadoop.conf");
    }

    private static boolean within(String pkg, String allowed) {
        return pkg.equals(allowed) || pkg.startsWith(allowed + ".");
    }

    private static List<Path> sources() {
        Path base = Files.isDirectory(Path.of("src/main/java")) ? Path.of("") : Path.of("..");
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("src/main/java", "src/flink1/java", "src/flink2/java")) {
            Path d = base.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(p -> p.toString().endsWith(".java")).forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(Path source) {
        Matcher m = Pattern.compile("(?m)^package ([\\w.]+);").matcher(read(source));
        return m.find() ? m.group(1) : "";
    }

    private static List<String> qualifiedNames(Path source) {
        return qualifiedNames(read(source));
    }

    static List<String> qualifiedNames(String code) {
        List<String> out = new ArrayList<>();
        Matcher m = QUALIFIED.matcher(codeOnly(code));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The code without comments and without the contents of string, text-block and char literals. */
    static String codeOnly(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (code.startsWith("//", i)) {
                i = code.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && code.charAt(j) != c) {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
