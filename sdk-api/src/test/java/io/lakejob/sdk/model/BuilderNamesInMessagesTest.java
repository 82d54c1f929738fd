package io.lakejob.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.queue.CreateQueueRequest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Validation messages name the wire field and the builder method that sets it ({@code cu_count
 * (builder: cuCount)}); the builder method is derived from the wire name (snake_case to camelCase).
 * These tests walk every request (and value) record of the model that has a builder and check that
 * the derivation lands on a real builder method, for every record component and for every field
 * name the record's source passes to a validation helper.
 */
class BuilderNamesInMessagesTest {
    /** A validation call whose first argument is a field name literal. */
    private static final Pattern FIELD_LITERAL = Pattern.compile(
            "(?:new ValidationException|Validate\\.[a-zA-Z]+|[A-Z][A-Za-z]*(?:Rules|Checks|Validation|Objects)\\.[a-zA-Z]+)"
                    + "\\(\\s*\"([^\"]+)\"");

    @Test
    void theMessageNamesTheWireFieldAndTheBuilderMethod() {
        assertThatThrownBy(() ->
                        CreateQueueRequest.builder().queueName("q1").cuCount(1).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("cu_count");
                    assertThat(e.builderMethod()).isEqualTo("cuCount");
                    assertThat(e.getMessage()).startsWith("cu_count (builder: cuCount): ");
                });
    }

    @Test
    void aFieldThatIsAlreadyTheJavaNameIsNamedOnce() {
        ValidationException e = new ValidationException("name", "is required");
        assertThat(e.builderMethod()).isEqualTo("name");
        assertThat(e.getMessage()).isEqualTo("name: is required");
        assertThat(new ValidationException("tags.key", "x").builderMethod()).isEqualTo("tags");
        assertThat(new ValidationException("tags.key", "x").getMessage()).isEqualTo("tags.key: x");
        assertThat(new ValidationException("job_ids[2]", "x").getMessage())
                .isEqualTo("job_ids[2] (builder: jobIds): x");
        assertThat(new ValidationException("page-size", "x").builderMethod()).isEqualTo("pageSize");
    }

    @Test
    void everyRecordComponentOfEveryBuilderRoundTripsThroughItsWireName() throws Exception {
        List<Class<?>> withBuilders = modelRecordsWithBuilders();
        assertThat(withBuilders).hasSizeGreaterThan(60);
        List<String> broken = new ArrayList<>();
        for (Class<?> type : withBuilders) {
            Set<String> methods = builderMethods(type);
            for (RecordComponent c : type.getRecordComponents()) {
                String wire = snake(c.getName());
                String derived = new ValidationException(wire, "x").builderMethod();
                if (!derived.equals(c.getName()) || !methods.contains(derived)) {
                    broken.add(type.getSimpleName() + "." + c.getName() + " (wire " + wire + " -> " + derived + ")");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyFieldNameARecordValidatesLeadsToAMethodOfItsBuilderOrAComponent() throws Exception {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : modelRecordsWithBuilders()) {
            Path source = sourceOf(type);
            assertThat(source).as("source of %s", type).exists();
            Set<String> names = builderMethods(type);
            // Nested value records validated by this one (columns of a table, tags) are named by
            // their components.
            for (Class<?> other : recordsIn(type.getPackageName())) {
                Arrays.stream(other.getRecordComponents())
                        .map(RecordComponent::getName)
                        .forEach(names::add);
            }
            Matcher m = FIELD_LITERAL.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (m.find()) {
                checked++;
                String derived = new ValidationException(m.group(1), "x").builderMethod();
                if (!names.contains(derived)) {
                    broken.add(type.getSimpleName() + ": " + m.group(1) + " -> " + derived);
                }
            }
        }
        assertThat(checked).isGreaterThan(150);
        assertThat(broken).isEmpty();
    }

    private static String snake(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                sb.append('_').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static Set<String> builderMethods(Class<?> type) throws ReflectiveOperationException {
        Method builder = type.getMethod("builder");
        Set<String> names = new TreeSet<>();
        for (Method m : builder.getReturnType().getMethods()) {
            if (m.getDeclaringClass() != Object.class && !m.getName().equals("build")) {
                names.add(m.getName());
            }
        }
        return names;
    }

    private static Path classesRoot() throws URISyntaxException {
        return Path.of(CreateQueueRequest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    private static Path sourceOf(Class<?> type) {
        // Surefire runs in the module's folder.
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        return Path.of("src", "main", "java").resolve(top.getName().replace('.', '/') + ".java");
    }

    private static List<Class<?>> recordsIn(String packageName) throws Exception {
        Path dir = classesRoot().resolve(packageName.replace('.', '/'));
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList())) {
                String name = f.getFileName().toString();
                Class<?> c = Class.forName(packageName + "." + name.substring(0, name.length() - ".class".length()));
                if (c.isRecord()) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static List<Class<?>> modelRecordsWithBuilders() throws IOException, URISyntaxException {
        Path root = classesRoot();
        Path model = root.resolve("io/lakejob/sdk/model");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(model)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList())) {
                String rel = root.relativize(f).toString();
                String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
                try {
                    Class<?> c = Class.forName(name);
                    if (c.isRecord() && Modifier.isPublic(c.getModifiers())) {
                        Method b = c.getMethod("builder");
                        if (Modifier.isStatic(b.getModifiers())) {
                            out.add(c);
                        }
                    }
                } catch (ClassNotFoundException | NoSuchMethodException e) {
                    // not a record with a builder
                }
            }
        }
        return out;
    }
}
