package io.lakejob.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * sdk-api's sealed boundary: its module exports every package but {@code internal} and uses the
 * transport SPI, and no exported signature (public or protected method, constructor, field,
 * supertype) names a type from a third-party library or from the internal package.
 */
class ApiBoundaryTest {
    private static final Path CLASSES = classes();

    @Test
    void theModuleExportsEverythingButTheInternals() {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("io.lakejob.sdk");
        Set<String> exported =
                d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        Set<String> packages = new TreeSet<>(d.packages());
        packages.removeIf(p -> p.equals("io.lakejob.sdk.internal") || p.startsWith("io.lakejob.sdk.internal."));
        assertThat(exported).containsExactlyInAnyOrderElementsOf(packages);
        assertThat(d.exports()).allMatch(e -> !e.isQualified());
        assertThat(d.uses()).contains("io.lakejob.sdk.spi.TransportProvider");
        assertThat(d.requires().stream().map(ModuleDescriptor.Requires::name))
                .containsExactlyInAnyOrder("java.base", "org.slf4j");
    }

    @Test
    void noExportedSignatureNamesAThirdPartyOrInternalType() throws Exception {
        Set<String> exported = descriptor().exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        List<String> broken = new ArrayList<>();
        int types = 0;
        for (String name : classNames()) {
            Class<?> c = Class.forName(name, false, getClass().getClassLoader());
            if (!exported.contains(c.getPackageName()) || !isVisible(c)) {
                continue;
            }
            types++;
            List<Type> used = new ArrayList<>();
            used.add(c.getGenericSuperclass());
            used.addAll(List.of(c.getGenericInterfaces()));
            for (Field f : c.getDeclaredFields()) {
                if (isVisible(f.getModifiers())) {
                    used.add(f.getGenericType());
                }
            }
            List<Executable> members = new ArrayList<>(List.of(c.getDeclaredMethods()));
            members.addAll(List.<Constructor<?>>of(c.getDeclaredConstructors()));
            for (Executable m : members) {
                if (isVisible(m.getModifiers()) && !m.isSynthetic() && !(m instanceof Method mm && mm.isBridge())) {
                    used.addAll(List.of(m.getGenericParameterTypes()));
                    used.addAll(List.of(m.getGenericExceptionTypes()));
                    if (m instanceof Method mm) {
                        used.add(mm.getGenericReturnType());
                    }
                }
            }
            for (Type t : used) {
                for (Class<?> raw : raws(t)) {
                    if (!allowed(raw)) {
                        broken.add(c.getName() + " names " + raw.getName());
                    }
                }
            }
        }
        assertThat(types).as("exported types checked").isGreaterThan(200);
        assertThat(broken).isEmpty();
    }

    @Test
    void theCheckSeesAThirdPartyType() {
        assertThat(allowed(org.assertj.core.api.Assertions.class)).isFalse();
        assertThat(allowed(io.lakejob.sdk.internal.Validate.class)).isFalse();
        assertThat(allowed(java.time.Duration.class)).isTrue();
    }

    private static boolean allowed(Class<?> c) {
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return true;
        }
        String n = c.getName();
        if (n.startsWith("io.lakejob.sdk.internal.")) {
            return false;
        }
        return n.startsWith("java.") || n.startsWith("javax.") || n.startsWith("io.lakejob.sdk.");
    }

    private static List<Class<?>> raws(Type t) {
        List<Class<?>> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        if (t instanceof Class<?> c) {
            out.add(c);
        } else if (t instanceof ParameterizedType p) {
            out.addAll(raws(p.getRawType()));
            for (Type a : p.getActualTypeArguments()) {
                out.addAll(raws(a));
            }
        } else if (t instanceof GenericArrayType g) {
            out.addAll(raws(g.getGenericComponentType()));
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                out.addAll(raws(b));
            }
            for (Type b : w.getLowerBounds()) {
                out.addAll(raws(b));
            }
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                if (!(b instanceof TypeVariable<?>)) {
                    out.addAll(raws(b instanceof ParameterizedType p ? p.getRawType() : b));
                }
            }
        }
        return out;
    }

    private static boolean isVisible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!isVisible(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static ModuleDescriptor descriptor() {
        ModuleReference ref = ModuleFinder.of(CLASSES).findAll().iterator().next();
        return ref.descriptor();
    }

    private static List<String> classNames() {
        try (Stream<Path> s = Files.walk(CLASSES)) {
            return s.map(p -> CLASSES.relativize(p).toString())
                    .filter(p -> p.endsWith(".class") && !p.equals("module-info.class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classes() {
        try {
            return Path.of(LakeJobClient.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
