package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
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
 * measured in place, about a fifth of a call's CPU. This reader scans the bytes once and calls
 * the record's constructor; it costs a fraction of that. It scans the bytes itself rather than
 * through Jackson's streaming parser: with the caches cold from the HTTP exchange (as a call sees
 * them), making Jackson's parser and tokenizing a ListQueues answer cost about 3 µs, about what
 * the whole read from bytes to the response costs now (3.2 to 3.7 µs, measured in place).
 *
 * <p>How it stays exactly Jackson's: it only takes the plain case, and hands anything else to
 * Jackson, which then decides (reads it or reports what is wrong) as before. Plain means: JSON
 * that {@link Cursor} accepts (a strict subset of what Jackson's parser accepts); an object at the
 * root and nothing after it; each known property at most once; a string for a
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
        try {
            Cursor c = new Cursor(body);
            if (c.peek() != '{') {
                return null;
            }
            Object value = binder.readObject(c);
            return c.atEnd() ? value : null;
        } catch (NotPlain | RuntimeException e) {
            // Not plain, or not JSON: Jackson reads it again and reports exactly what is wrong.
            return null;
        }
    }

    /**
     * A strict reader over the bytes of one JSON document that reads only what is surely plain JSON
     * and throws {@link #NOT_PLAIN} at anything else (Jackson then reads the whole answer). It
     * accepts a subset of what Jackson's parser accepts, never more: whitespace is space, tab, CR
     * and LF; strings are well-formed UTF-8 without control characters, with JSON's escapes only;
     * numbers follow JSON's grammar, end at a delimiter and are short; nesting is shallow. Checking
     * this on the bytes costs a fraction of making a Jackson parser and tokenizing: what a call pays
     * here runs with caches cold from the HTTP exchange, where a small loop over a byte array wins.
     */
    static final class Cursor {
        /** Deeper nesting, longer numbers or strings go to Jackson (its limits are higher). */
        private static final int MAX_DEPTH = 200;

        private static final int MAX_NUMBER = 100;
        private static final int MAX_STRING = 1 << 20;

        private final byte[] b;
        private int i;
        private int depth;
        private int numberEnd;

        Cursor(byte[] b) {
            this.b = b;
        }

        /** Skips whitespace and returns the next byte, not consumed; at the end, not plain. */
        int peek() throws NotPlain {
            byte[] b = this.b;
            for (int j = i; j < b.length; j++) {
                byte c = b[j];
                if (c > ' ' || (c != ' ' && c != '\n' && c != '\r' && c != '\t')) {
                    i = j;
                    return c;
                }
            }
            i = b.length;
            throw NOT_PLAIN;
        }

        /** Whether only whitespace is left. */
        boolean atEnd() {
            for (int j = i; j < b.length; j++) {
                byte c = b[j];
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    return false;
                }
            }
            return true;
        }

        /** Whether the next byte closes the object or array just entered (then it is consumed). */
        boolean closes(char close) throws NotPlain {
            if (peek() != close) {
                return false;
            }
            i++;
            depth--;
            return true;
        }

        /** Enters an object or array: consumes its opening byte. */
        void enter() throws NotPlain {
            if (++depth > MAX_DEPTH) {
                throw NOT_PLAIN;
            }
            i++;
        }

        /** After a member or element: true at {@code ,}, false at {@code close} (both consumed). */
        boolean more(char close) throws NotPlain {
            int c = peek();
            i++;
            if (c == ',') {
                return true;
            }
            if (c == close) {
                depth--;
                return false;
            }
            throw NOT_PLAIN;
        }

        /** Standing on an object's {@code "} or {@code }}: the next property name, or null at the end. */
        String name(boolean first) throws NotPlain {
            if (first && closes('}')) {
                return null;
            }
            if (peek() != '"') {
                throw NOT_PLAIN;
            }
            String name = string();
            colon();
            return name;
        }

        /**
         * Standing on an object's {@code "} or {@code }}: the index in {@code names} of the next
         * property, {@link Names#UNKNOWN} for one not in it, {@link Names#END} at the end. Plain
         * ASCII names are matched on their bytes, without making a string.
         */
        int field(Names names, boolean first) throws NotPlain {
            if (first && closes('}')) {
                return Names.END;
            }
            if (peek() != '"') {
                throw NOT_PLAIN;
            }
            byte[] b = this.b;
            int start = i + 1;
            for (int j = start; j < b.length; j++) {
                byte x = b[j];
                if (x == '"') {
                    i = j + 1;
                    colon();
                    return names.find(b, start, j - start);
                }
                if (x == '\\' || x < 0x20) {
                    int found = names.find(string());
                    colon();
                    return found;
                }
            }
            throw NOT_PLAIN;
        }

        private void colon() throws NotPlain {
            if (peek() != ':') {
                throw NOT_PLAIN;
            }
            i++;
            peek();
        }

        /** Standing on {@code "}: the string, unescaped. */
        String string() throws NotPlain {
            byte[] b = this.b;
            int start = i + 1;
            for (int j = start; j < b.length; j++) {
                byte c = b[j];
                if (c == '"') {
                    i = j + 1;
                    return new String(b, start, j - start, StandardCharsets.ISO_8859_1);
                }
                if (c == '\\' || c < 0x20) {
                    // An escape, a control character or a byte of a multi-byte character (negative).
                    return escapedString(start);
                }
            }
            throw NOT_PLAIN;
        }

        private String escapedString(int start) throws NotPlain {
            byte[] b = this.b;
            StringBuilder sb = new StringBuilder();
            int run = start;
            int j = start;
            while (j < b.length) {
                byte c = b[j];
                if (c == '"' || c == '\\') {
                    utf8(run, j, sb);
                    if (c == '"') {
                        if (sb.length() > MAX_STRING) {
                            throw NOT_PLAIN;
                        }
                        i = j + 1;
                        return sb.toString();
                    }
                    if (j + 1 >= b.length) {
                        throw NOT_PLAIN;
                    }
                    j += 2;
                    switch (b[j - 1]) {
                        case '"' -> sb.append('"');
                        case '\\' -> sb.append('\\');
                        case '/' -> sb.append('/');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            if (j + 4 > b.length) {
                                throw NOT_PLAIN;
                            }
                            int v = 0;
                            for (int k = 0; k < 4; k++) {
                                int h = Character.digit(b[j + k], 16);
                                if (h < 0) {
                                    throw NOT_PLAIN;
                                }
                                v = v << 4 | h;
                            }
                            sb.append((char) v);
                            j += 4;
                        }
                        default -> throw NOT_PLAIN;
                    }
                    run = j;
                } else if (c >= 0 && c < 0x20) {
                    throw NOT_PLAIN;
                } else {
                    j++;
                }
            }
            throw NOT_PLAIN;
        }

        /** Appends bytes {@code [from, to)} decoded as UTF-8; malformed UTF-8 is not plain. */
        private void utf8(int from, int to, StringBuilder sb) throws NotPlain {
            if (from < to) {
                try {
                    sb.append(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b, from, to - from)));
                } catch (CharacterCodingException e) {
                    throw NOT_PLAIN;
                }
            }
        }

        /** Consumes {@code word} ({@code true}, {@code false}, {@code null}), which must end at a delimiter. */
        void literal(String word) throws NotPlain {
            int n = word.length();
            if (i + n > b.length) {
                throw NOT_PLAIN;
            }
            for (int k = 0; k < n; k++) {
                if (b[i + k] != word.charAt(k)) {
                    throw NOT_PLAIN;
                }
            }
            i += n;
            delimited(i);
        }

        /** A value ends at whitespace, {@code ,}, {@code ]}, {@code }} or the end of the document. */
        private void delimited(int j) throws NotPlain {
            if (j < b.length) {
                byte c = b[j];
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != ',' && c != ']' && c != '}') {
                    throw NOT_PLAIN;
                }
            }
        }

        /** Scans a number by JSON's grammar (not consumed); true when it is an integer. */
        boolean number() throws NotPlain {
            byte[] b = this.b;
            int j = i;
            boolean integer = true;
            if (j < b.length && b[j] == '-') {
                j++;
            }
            if (j < b.length && b[j] == '0') {
                j++;
            } else {
                j = digits(j);
            }
            if (j < b.length && b[j] == '.') {
                integer = false;
                j = digits(j + 1);
            }
            if (j < b.length && (b[j] == 'e' || b[j] == 'E')) {
                integer = false;
                j++;
                if (j < b.length && (b[j] == '+' || b[j] == '-')) {
                    j++;
                }
                j = digits(j);
            }
            if (j - i > MAX_NUMBER) {
                throw NOT_PLAIN;
            }
            delimited(j);
            numberEnd = j;
            return integer;
        }

        /** The end of one or more digits from {@code j}. */
        private int digits(int j) throws NotPlain {
            int from = j;
            while (j < b.length && b[j] >= '0' && b[j] <= '9') {
                j++;
            }
            if (j == from) {
                throw NOT_PLAIN;
            }
            return j;
        }

        /** Consumes the integer {@link #number} scanned; up to 18 digits, and not {@code -0}. */
        long longValue() throws NotPlain {
            int j = i;
            boolean negative = b[j] == '-';
            if (negative) {
                j++;
            }
            if (numberEnd - j > 18) {
                throw NOT_PLAIN;
            }
            long v = 0;
            for (; j < numberEnd; j++) {
                v = v * 10 + (b[j] - '0');
            }
            if (negative && v == 0) {
                throw NOT_PLAIN;
            }
            i = numberEnd;
            return negative ? -v : v;
        }

        /** Consumes an integer (not a float) of up to 18 digits. */
        long integer() throws NotPlain {
            if (!number()) {
                throw NOT_PLAIN;
            }
            return longValue();
        }

        /** Consumes {@code true} or {@code false} at {@code t} or {@code f}. */
        Boolean bool(int first) throws NotPlain {
            boolean value = first == 't';
            literal(value ? "true" : "false");
            return value;
        }

        /** Consumes the number {@link #number} scanned, as a double. */
        double doubleValue(boolean integer) throws NotPlain {
            if (integer) {
                return (double) longValue();
            }
            double d = Double.parseDouble(new String(b, i, numberEnd - i, StandardCharsets.ISO_8859_1));
            i = numberEnd;
            return d;
        }

        /** Skips one value, checking it as strictly as reading it. */
        void skipValue() throws NotPlain {
            switch (peek()) {
                case '"' -> string();
                case '{' -> {
                    enter();
                    for (boolean first = true; name(first) != null; first = false) {
                        skipValue();
                        if (!more('}')) {
                            break;
                        }
                    }
                }
                case '[' -> {
                    enter();
                    if (!closes(']')) {
                        do {
                            skipValue();
                        } while (more(']'));
                    }
                }
                case 't' -> literal("true");
                case 'f' -> literal("false");
                case 'n' -> literal("null");
                default -> {
                    number();
                    i = numberEnd;
                }
            }
        }

        /** The value from {@code from} to here, as JSON bytes (for Jackson to read into a tree). */
        JsonNode treeFrom(int from) throws NotPlain {
            try {
                return Json.tree(b, from, i - from);
            } catch (IOException e) {
                throw NOT_PLAIN;
            }
        }

        int position() {
            return i;
        }
    }

    /** How one component's value is read, the cursor standing on the value's first byte. */
    private interface Reader {
        Object read(Cursor c) throws NotPlain;
    }

    private static final Reader STRING = c -> c.peek() == '"' ? c.string() : nullOr(c);

    private static final Reader INTEGER = c -> {
        if (c.peek() == 'n') {
            return nullOr(c);
        }
        long v = c.integer();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw NOT_PLAIN;
        }
        return (int) v;
    };

    private static final Reader LONG = c -> {
        if (c.peek() == 'n') {
            return nullOr(c);
        }
        return c.integer();
    };

    private static final Reader DOUBLE = c -> c.peek() == 'n' ? nullOr(c) : c.doubleValue(c.number());

    private static final Reader BOOLEAN = c -> {
        int first = c.peek();
        switch (first) {
            case 't', 'f' -> {
                return c.bool(first);
            }
            case '"' -> {
                // The reference writes some booleans quoted; the mapper reads these two strings as booleans.
                String s = c.string();
                if (s.equals("true")) {
                    return Boolean.TRUE;
                }
                if (s.equals("false")) {
                    return Boolean.FALSE;
                }
                throw NOT_PLAIN;
            }
            default -> {
                return nullOr(c);
            }
        }
    };

    /** Strings, booleans and null as Jackson's tree makes them; other values through Jackson itself. */
    private static final Reader TREE = c -> {
        int first = c.peek();
        switch (first) {
            case '"' -> {
                return TextNode.valueOf(c.string());
            }
            case 't', 'f' -> {
                return BooleanNode.valueOf(c.bool(first));
            }
            case 'n' -> {
                c.literal("null");
                return NullNode.getInstance();
            }
            default -> {
                int from = c.position();
                c.skipValue();
                return c.treeFrom(from);
            }
        }
    };

    /** {@code null} at a JSON null; anything else is not plain. */
    private static Object nullOr(Cursor c) throws NotPlain {
        if (c.peek() == 'n') {
            c.literal("null");
            return null;
        }
        throw NOT_PLAIN;
    }

    /** A list of elements read by {@code element}; a single value instead of an array is not plain. */
    private record ListReader(Reader element) implements Reader {
        @Override
        public Object read(Cursor c) throws NotPlain {
            if (c.peek() != '[') {
                return nullOr(c);
            }
            c.enter();
            List<Object> out = new ArrayList<>();
            if (c.closes(']')) {
                return out;
            }
            do {
                c.peek();
                out.add(element.read(c));
            } while (c.more(']'));
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
        public Object read(Cursor c) throws NotPlain {
            if (c.peek() != '{') {
                return nullOr(c);
            }
            Binder b = binder;
            if (b == null) {
                b = BINDERS.get(type).orElseThrow();
                binder = b;
            }
            return b.readObject(c);
        }
    }

    /**
     * A record's property names (with aliases) and their components' indexes, looked up by the
     * name's bytes, without making a string: an open-addressing table keyed by a hash of the
     * name's length and three of its bytes.
     */
    static final class Names {
        /** The end of the object. */
        static final int END = -2;

        /** A property the record does not have. */
        static final int UNKNOWN = -1;

        private final Map<String, Integer> index;
        private final byte[][] keys;
        private final int[] values;
        private final int mask;

        Names(Map<String, Integer> index) {
            this.index = index;
            int size = Integer.highestOneBit(Math.max(4, index.size() * 3)) << 1;
            keys = new byte[size][];
            values = new int[size];
            mask = size - 1;
            index.forEach((name, at) -> {
                if (!name.isEmpty()
                        && name.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f && ch != '"' && ch != '\\')) {
                    byte[] key = name.getBytes(StandardCharsets.US_ASCII);
                    int slot = hash(key, 0, key.length) & mask;
                    while (keys[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = key;
                    values[slot] = at;
                }
            });
        }

        private static int hash(byte[] b, int from, int length) {
            int h = length * 0x9E3779B9 ^ b[from] << 8 ^ b[from + length - 1] << 16 ^ b[from + (length >> 1)];
            return h ^ h >>> 15;
        }

        /** The index of the name in bytes {@code [from, from + length)} (printable ASCII). */
        int find(byte[] b, int from, int length) {
            if (length == 0) {
                Integer at = index.get("");
                return at == null ? UNKNOWN : at;
            }
            for (int slot = hash(b, from, length) & mask; ; slot = (slot + 1) & mask) {
                byte[] key = keys[slot];
                if (key == null) {
                    return UNKNOWN;
                }
                if (key.length == length && same(key, b, from)) {
                    return values[slot];
                }
            }
        }

        private static boolean same(byte[] key, byte[] b, int from) {
            for (int k = 0; k < key.length; k++) {
                if (key[k] != b[from + k]) {
                    return false;
                }
            }
            return true;
        }

        /** The index of a name read with escapes or non-ASCII characters. */
        int find(String name) {
            Integer at = index.get(name);
            return at == null ? UNKNOWN : at;
        }
    }

    /** One record's properties and constructor. */
    static final class Binder {
        private final Names names;
        private final Reader[] readers;
        private final Constructor<?> constructor;

        private Binder(Map<String, Integer> index, Reader[] readers, Constructor<?> constructor) {
            this.names = new Names(index);
            this.readers = readers;
            this.constructor = constructor;
        }

        /** Reads the object the cursor stands at the start of, through its closing brace. */
        Object readObject(Cursor c) throws NotPlain {
            Object[] args = new Object[readers.length];
            boolean[] seen = new boolean[readers.length];
            c.enter();
            for (int i = c.field(names, true); i != Names.END; i = c.more('}') ? c.field(names, false) : Names.END) {
                if (i == Names.UNKNOWN) {
                    c.skipValue();
                    continue;
                }
                if (seen[i]) {
                    // A property twice: Jackson's rules decide which one counts.
                    throw NOT_PLAIN;
                }
                seen[i] = true;
                args[i] = readers[i].read(c);
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
