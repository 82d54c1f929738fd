package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a successful answer straight into a wire record, the fast way when the answer has exactly
 * the documented shape, and through {@link Json#read} (Jackson data binding) otherwise.
 *
 * <p>Why: on a warm client, Jackson's binding of records (its property-based creator path) was the
 * largest cost our transport adds to an HTTP call: 10 to 20 µs of client CPU per ListQueues answer
 * measured in place, about a fifth of a call's CPU. This reader streams the tokens once and calls
 * the record's constructor; it costs a fraction of that.
 *
 * <p>How it stays exactly Jackson's: it only takes the plain case, and hands anything else to
 * Jackson, which then decides (reads it or reports what is wrong) as before. Plain means: an
 * object at the root and nothing after it; each known property at most once; a string for a
 * {@code String}; an integer in range for an {@code Integer} or {@code Long}; {@code true},
 * {@code false} or the strings {@code "true"}/{@code "false"} for a {@code Boolean}; a number for a
 * {@code Double}; an array for a {@code List}; an object for a nested record; anything for a
 * {@code JsonNode}; {@code null} for any of them. Property names follow the mapper's: the
 * component's name in snake_case plus its {@link JsonAlias} names; unknown properties are skipped.
 * Records with components of other types, or with Jackson annotations other than
 * {@code @JsonAlias}, are always read by Jackson. {@code WireReaderTest} checks both paths give equal
 * records on every reference example and on the cases handed over.
 */
final class WireReader {
    /** Thrown (preallocated, no stack) when an answer is not in the plain shape. */
    private static final class NotPlain extends IOException {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super("not in the plain shape", null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();

    private static final Map<Class<?>, Optional<Binder>> BINDERS = new ConcurrentHashMap<>();

    private WireReader() {}

    /**
     * Reads a body into a wire type.
     *
     * @param body the bytes
     * @param type the wire type
     * @param <T> the type
     * @return the value, {@code null} for a JSON {@code null}
     * @throws IOException when the body is not JSON of that shape (Jackson's error)
     */
    static <T> T read(byte[] body, Class<T> type) throws IOException {
        Binder binder = binder(type);
        if (binder != null) {
            Object fast = fast(body, binder);
            if (fast != null) {
                return type.cast(fast);
            }
        }
        return Json.read(body, type);
    }

    /** The record read the fast way, or {@code null} when the body is not plain (Jackson then decides). */
    static Object fast(byte[] body, Binder binder) {
        try (JsonParser p = Json.parser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Object value = binder.readObject(p);
            return p.nextToken() == null ? value : null;
        } catch (IOException | RuntimeException e) {
            // Not plain, or not JSON: Jackson reads it again and reports exactly what is wrong.
            return null;
        }
    }

    /** How one component's value is read, the parser standing on the value's first token. */
    private interface Reader {
        Object read(JsonParser p, JsonToken t) throws IOException;
    }

    private static final Reader STRING = (p, t) -> {
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        return nullOr(t);
    };

    private static final Reader INTEGER = (p, t) -> {
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        return nullOr(t);
    };

    private static final Reader LONG = (p, t) -> {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType n = p.getNumberType();
            if (n == JsonParser.NumberType.INT || n == JsonParser.NumberType.LONG) {
                return p.getLongValue();
            }
            throw NOT_PLAIN;
        }
        return nullOr(t);
    };

    private static final Reader DOUBLE = (p, t) -> {
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            return p.getDoubleValue();
        }
        return nullOr(t);
    };

    private static final Reader BOOLEAN = (p, t) -> {
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (t == JsonToken.VALUE_STRING) {
            // The reference writes some booleans quoted; the mapper reads these two strings as booleans.
            String s = p.getText();
            if (s.equals("true")) {
                return Boolean.TRUE;
            }
            if (s.equals("false")) {
                return Boolean.FALSE;
            }
            throw NOT_PLAIN;
        }
        return nullOr(t);
    };

    private static final Reader TREE = (p, t) -> t == JsonToken.VALUE_NULL ? NullNode.getInstance() : Json.tree(p);

    private static Object nullOr(JsonToken t) throws NotPlain {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw NOT_PLAIN;
    }

    /** A list of elements read by {@code element}; a single value instead of an array is not plain. */
    private record ListReader(Reader element) implements Reader {
        @Override
        public Object read(JsonParser p, JsonToken t) throws IOException {
            if (t != JsonToken.START_ARRAY) {
                return nullOr(t);
            }
            List<Object> out = new ArrayList<>();
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                if (e == null) {
                    throw NOT_PLAIN;
                }
                out.add(element.read(p, e));
            }
            return out;
        }
    }

    /** A nested record; its binder is looked up when first needed (records may nest in cycles). */
    private static final class RecordReader implements Reader {
        private final Class<?> type;
        private Binder binder;

        RecordReader(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object read(JsonParser p, JsonToken t) throws IOException {
            if (t != JsonToken.START_OBJECT) {
                return nullOr(t);
            }
            Binder b = binder;
            if (b == null) {
                b = BINDERS.get(type).orElseThrow();
                binder = b;
            }
            return b.readObject(p);
        }
    }

    /** One record's properties and constructor. */
    static final class Binder {
        private final Map<String, Integer> index;
        private final Reader[] readers;
        private final Constructor<?> constructor;

        private Binder(Map<String, Integer> index, Reader[] readers, Constructor<?> constructor) {
            this.index = index;
            this.readers = readers;
            this.constructor = constructor;
        }

        /** Reads the object the parser stands at the start of, through its END_OBJECT. */
        Object readObject(JsonParser p) throws IOException {
            Object[] args = new Object[readers.length];
            boolean[] seen = new boolean[readers.length];
            JsonToken t;
            for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                Integer i = index.get(p.currentName());
                JsonToken v = p.nextToken();
                if (i == null) {
                    p.skipChildren();
                    continue;
                }
                if (seen[i]) {
                    // A property twice: Jackson's rules decide which one counts.
                    throw NOT_PLAIN;
                }
                seen[i] = true;
                args[i] = readers[i].read(p, v);
            }
            if (t != JsonToken.END_OBJECT) {
                throw NOT_PLAIN;
            }
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The binder of a wire type, or {@code null} when Jackson reads it. */
    static Binder binder(Class<?> type) {
        Optional<Binder> known = BINDERS.get(type);
        if (known == null) {
            synchronized (BINDERS) {
                Map<Class<?>, Optional<Binder>> made = new HashMap<>();
                build(type, made);
                made.forEach(BINDERS::putIfAbsent);
                known = BINDERS.get(type);
            }
        }
        return known.orElse(null);
    }

    /**
     * Builds the binder of a record and of every record it reaches into {@code made}: a record is
     * read the fast way only when all the records it reaches are. A record met again while its
     * own binder is being built (a cycle) counts as supported meanwhile; should it turn out not
     * to be, reading it fails at read time and the answer goes to Jackson.
     *
     * @return whether {@code type} is read the fast way
     */
    private static boolean build(Class<?> type, Map<Class<?>, Optional<Binder>> made) {
        Optional<Binder> known = BINDERS.containsKey(type) ? BINDERS.get(type) : made.get(type);
        if (known != null || made.containsKey(type)) {
            return known == null || known.isPresent();
        }
        made.put(type, null);
        List<Class<?>> nested = new ArrayList<>();
        Binder binder = make(type, nested);
        boolean fast = binder != null;
        for (Class<?> c : nested) {
            fast &= build(c, made);
        }
        made.put(type, fast ? Optional.of(binder) : Optional.empty());
        return fast;
    }

    /** The binder of one record, its nested record types added to {@code nested}; null when not supported. */
    private static Binder make(Class<?> type, List<Class<?>> nested) {
        if (!type.isRecord() || jacksonAnnotated(type, false)) {
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        Map<String, Integer> index = new HashMap<>();
        Reader[] readers = new Reader[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        PropertyNamingStrategies.NamingBase snake =
                (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            parameterTypes[i] = c.getType();
            Reader r = reader(c.getGenericType(), nested);
            // A component's annotations land on its field, accessor and constructor parameter
            // (JsonAlias does not target record components themselves).
            Field field;
            try {
                field = type.getDeclaredField(c.getName());
            } catch (NoSuchFieldException e) {
                return null;
            }
            if (r == null
                    || jacksonAnnotated(c, true)
                    || jacksonAnnotated(field, true)
                    || jacksonAnnotated(c.getAccessor(), true)) {
                return null;
            }
            readers[i] = r;
            List<String> names = new ArrayList<>();
            names.add(snake.translate(c.getName()));
            JsonAlias alias = field.getAnnotation(JsonAlias.class);
            if (alias != null) {
                names.addAll(List.of(alias.value()));
            }
            for (String name : names) {
                if (index.putIfAbsent(name, i) != null) {
                    return null;
                }
            }
        }
        try {
            // Reflection rather than a method handle: no class is spun at the first call.
            Constructor<?> ctor = type.getDeclaredConstructor(parameterTypes);
            ctor.setAccessible(true);
            return new Binder(Map.copyOf(index), readers, ctor);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Reader reader(Type t, List<Class<?>> nested) {
        if (t == String.class) {
            return STRING;
        }
        if (t == Integer.class) {
            return INTEGER;
        }
        if (t == Long.class) {
            return LONG;
        }
        if (t == Boolean.class) {
            return BOOLEAN;
        }
        if (t == Double.class) {
            return DOUBLE;
        }
        if (t == JsonNode.class) {
            return TREE;
        }
        if (t instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            Reader element = reader(pt.getActualTypeArguments()[0], nested);
            return element == null ? null : new ListReader(element);
        }
        if (t instanceof Class<?> c && c.isRecord()) {
            nested.add(c);
            return new RecordReader(c);
        }
        return null;
    }

    /** Whether the element carries a Jackson annotation ({@code @JsonAlias} aside, when allowed). */
    private static boolean jacksonAnnotated(AnnotatedElement e, boolean aliasAllowed) {
        for (Annotation a : e.getAnnotations()) {
            if (!(aliasAllowed && a.annotationType() == JsonAlias.class)
                    && a.annotationType().getName().startsWith("com.fasterxml.jackson")) {
                return true;
            }
        }
        return false;
    }
}
