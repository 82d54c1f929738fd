package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.queue.CreateQueueRequest;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.Operations;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Reliability target 11: seeded random inputs (plain JUnit, {@link Random}) into the request records
 * of every operation in the catalogue, and random bodies with random statuses into the error parser
 * through the real transport. Only the SDK's own typed errors ({@link LakeJobException} subtypes) may
 * escape: never an NPE, ClassCastException, IllegalArgumentException or a Jackson exception. A
 * regression corpus ({@code fuzz/error-bodies.txt}) runs in the normal suite; a longer run:
 * {@code -Dlakejob.fuzz.iterations=100000} (and {@code -Dlakejob.fuzz.seed=...}).
 */
class FuzzTest extends WireSupport {
    static final long SEED = Long.getLong("lakejob.fuzz.seed", 20240101L);
    static final int ITERATIONS = Integer.getInteger("lakejob.fuzz.iterations", 4000);

    private static final String[] WEIRD = {
        "",
        " ",
        "..",
        "../x",
        "a/b",
        "%2e%2e",
        "\r\n",
        "\u0000",
        "\t",
        "null",
        "true",
        "-1",
        "0",
        "1e309",
        "NaN",
        "ü",
        "中文",
        "\uD83D\uDE00",
        "\uD800",
        "<script>",
        "' OR 1=1 --",
        "${jndi:ldap://x}",
        "a".repeat(300),
        "x".repeat(70_000),
        "abc1",
        "queue_1",
        "5d2f2e6c-6a6d-4d4b-9b8a-2f1e0c6b7a11",
        "obs://bucket/a.jar",
        "2024-01-01",
        "sql",
        "general",
        "spark",
        "flink",
        "jar",
        "pyFile",
        "file",
        "SELECT 1"
    };

    // ----- request records -------------------------------------------------------------------

    /** Candidate valid-looking values of a type, in order of preference. */
    static List<Object> candidates(Class<?> type, Type generic) {
        List<Object> out = new ArrayList<>();
        if (type == String.class) {
            out.addAll(List.of(
                    "abc1",
                    "5d2f2e6c-6a6d-4d4b-9b8a-2f1e0c6b7a11",
                    "1",
                    "a",
                    "obs://bucket/a.jar",
                    "2024-01-01",
                    "sql",
                    "spark",
                    "user1",
                    "CREATE TABLE t (a INT)"));
        } else if (type == int.class || type == Integer.class) {
            out.addAll(List.of(1, 16, 0, 100, 2));
        } else if (type == long.class || type == Long.class) {
            out.addAll(List.of(1L, 0L, 100L, 1_700_000_000_000L));
        } else if (type == boolean.class || type == Boolean.class) {
            out.addAll(List.of(false, true));
        } else if (type == double.class || type == Double.class) {
            out.addAll(List.of(1.0, 0.0));
        } else if (type == Instant.class) {
            out.add(NOW);
        } else if (List.class.isAssignableFrom(type)) {
            out.add(List.of());
            Class<?> element = elementType(generic, 0);
            if (element != null) {
                for (Object c : candidates(element, null)) {
                    if (c != null) {
                        out.add(List.of(c));
                    }
                }
            }
        } else if (Set.class.isAssignableFrom(type)) {
            out.add(Set.of());
        } else if (Map.class.isAssignableFrom(type)) {
            out.add(Map.of());
        } else if (type.isEnum()) {
            out.addAll(List.of(type.getEnumConstants()));
        } else {
            out.addAll(constants(type));
            if (type.isRecord()) {
                Object[] nested = baseline(type, -1, null);
                if (nested != null) {
                    try {
                        out.add(TraversalTest.construct(type, nested));
                    } catch (Throwable ignored) {
                        // no valid nested value
                    }
                }
            }
        }
        if (!type.isPrimitive()) {
            out.add(null);
        }
        return out;
    }

    static Class<?> elementType(Type generic, int index) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[index] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    static List<Object> constants(Class<?> type) {
        List<Object> out = new ArrayList<>();
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == type) {
                try {
                    out.add(f.get(null));
                } catch (IllegalAccessException ignored) {
                    // skip
                }
            }
        }
        return out;
    }

    /**
     * Arguments for a record's canonical constructor that pass validation, with component
     * {@code fixedIndex} set to {@code fixedValue} (or -1 for none); {@code null} when none found.
     */
    static Object[] baseline(Class<?> type, int fixedIndex, Object fixedValue) {
        RecordComponent[] rcs = type.getRecordComponents();
        List<List<Object>> options = new ArrayList<>();
        int[] choice = new int[rcs.length];
        for (RecordComponent rc : rcs) {
            options.add(candidates(rc.getType(), rc.getGenericType()));
        }
        for (int attempt = 0; attempt < 400; attempt++) {
            Object[] args = new Object[rcs.length];
            for (int i = 0; i < rcs.length; i++) {
                args[i] = i == fixedIndex ? fixedValue : options.get(i).get(choice[i]);
            }
            try {
                TraversalTest.construct(type, args);
                return args;
            } catch (ValidationException e) {
                int j = componentOf(rcs, e.field());
                if (j < 0 || j == fixedIndex) {
                    // Unknown field (a cross-field rule): move the first component that can still move.
                    j = -1;
                    for (int i = 0; i < rcs.length && j < 0; i++) {
                        if (i != fixedIndex && choice[i] + 1 < options.get(i).size()) {
                            j = i;
                        }
                    }
                    if (j < 0) {
                        return null;
                    }
                }
                if (++choice[j] >= options.get(j).size()) {
                    return null;
                }
            } catch (Throwable e) {
                return null;
            }
        }
        return null;
    }

    static int componentOf(RecordComponent[] rcs, String field) {
        String f = field;
        int cut = f.length();
        for (char c : new char[] {'[', '.', ' '}) {
            int k = f.indexOf(c);
            if (k > 0) {
                cut = Math.min(cut, k);
            }
        }
        f = f.substring(0, cut);
        for (int i = 0; i < rcs.length; i++) {
            if (rcs[i].getName().equals(TraversalTest.camel(f))
                    || rcs[i].getName().equals(f)) {
                return i;
            }
        }
        return -1;
    }

    /** All-null arguments (zero for primitives). */
    static Object[] nulls(Class<?> type) {
        RecordComponent[] rcs = type.getRecordComponents();
        Object[] args = new Object[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            Class<?> t = rcs[i].getType();
            args[i] = t == int.class
                    ? 0
                    : t == long.class ? 0L : t == boolean.class ? false : t == double.class ? 0.0 : null;
        }
        return args;
    }

    /** A random value of a type: often valid-looking, often hostile. */
    static Object random(Random r, Class<?> type, Type generic, int depth) {
        if (!type.isPrimitive() && r.nextInt(6) == 0) {
            return null;
        }
        if (type == String.class) {
            return switch (r.nextInt(3)) {
                case 0 -> WEIRD[r.nextInt(WEIRD.length)];
                case 1 -> randomString(r, r.nextInt(40));
                default -> (String) candidates(String.class, null).get(r.nextInt(10));
            };
        }
        if (type == int.class || type == Integer.class) {
            int[] edges = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 16, 65535, 65536};
            return r.nextBoolean() ? edges[r.nextInt(edges.length)] : r.nextInt();
        }
        if (type == long.class || type == Long.class) {
            long[] edges = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1_700_000_000_000L};
            return r.nextBoolean() ? edges[r.nextInt(edges.length)] : r.nextLong();
        }
        if (type == boolean.class || type == Boolean.class) {
            return r.nextBoolean();
        }
        if (type == double.class || type == Double.class) {
            double[] edges = {0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.MAX_VALUE};
            return r.nextBoolean() ? edges[r.nextInt(edges.length)] : r.nextDouble() * 1000;
        }
        if (type == Instant.class) {
            return r.nextBoolean() ? Instant.EPOCH : Instant.ofEpochMilli(r.nextLong() >> 20);
        }
        if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
            Class<?> element = elementType(generic, 0);
            List<Object> list = new ArrayList<>();
            int n = depth > 2 || element == null ? 0 : r.nextInt(4);
            for (int i = 0; i < n; i++) {
                list.add(random(r, element, null, depth + 1));
            }
            if (Set.class.isAssignableFrom(type)) {
                return new LinkedHashSet<>(list);
            }
            return list;
        }
        if (Map.class.isAssignableFrom(type)) {
            Class<?> k = elementType(generic, 0);
            Class<?> v = elementType(generic, 1);
            Map<Object, Object> map = new LinkedHashMap<>();
            int n = depth > 2 || k == null || v == null ? 0 : r.nextInt(3);
            for (int i = 0; i < n; i++) {
                map.put(random(r, k, null, depth + 1), random(r, v, null, depth + 1));
            }
            return map;
        }
        if (type.isEnum()) {
            Object[] all = type.getEnumConstants();
            return all[r.nextInt(all.length)];
        }
        List<Object> consts = constants(type);
        if (!consts.isEmpty() && r.nextBoolean()) {
            return consts.get(r.nextInt(consts.size()));
        }
        for (var m : type.getMethods()) {
            // ExtensibleEnum-style factories: of(String) keeps unknown values.
            if (m.getName().equals("of")
                    && Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 1
                    && m.getParameterTypes()[0] == String.class
                    && m.getReturnType() == type) {
                try {
                    return m.invoke(null, random(r, String.class, null, depth + 1));
                } catch (InvocationTargetException e) {
                    return rethrowIfForeign(e.getCause());
                } catch (IllegalAccessException e) {
                    return null;
                }
            }
        }
        if (type.isRecord() && depth < 3) {
            RecordComponent[] rcs = type.getRecordComponents();
            Object[] args = new Object[rcs.length];
            for (int i = 0; i < rcs.length; i++) {
                args[i] = random(r, rcs[i].getType(), rcs[i].getGenericType(), depth + 1);
            }
            try {
                return TraversalTest.construct(type, args);
            } catch (Throwable e) {
                return rethrowIfForeign(e);
            }
        }
        return null;
    }

    private static Object rethrowIfForeign(Throwable e) {
        if (e instanceof LakeJobException) {
            return null; // a typed rejection of a nested value: fine, use null instead
        }
        throw new AssertionError("a non-SDK exception escaped: " + e, e);
    }

    static String randomString(Random r, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = r.nextInt(10);
            if (kind < 6) {
                sb.append((char) ('a' + r.nextInt(26)));
            } else if (kind < 8) {
                sb.append((char) r.nextInt(0x80));
            } else {
                sb.append((char) r.nextInt(0x10000));
            }
        }
        return sb.toString();
    }

    @Test
    void randomRequestsThrowOnlyValidationExceptions() throws Exception {
        Random r = new Random(SEED);
        List<Class<?>> types = new ArrayList<>();
        for (Operation<?, ?> op : Operations.all()) {
            if (op.requestType().isRecord() && !types.contains(op.requestType())) {
                types.add(op.requestType());
            }
        }
        assertThat(types).hasSizeGreaterThan(40);
        List<String> foreign = new ArrayList<>();
        int accepted = 0;
        int rejected = 0;
        int perType = Math.max(50, ITERATIONS / 4);
        for (Class<?> type : types) {
            RecordComponent[] rcs = type.getRecordComponents();
            Constructor<?> ctor = TraversalTest.canonical(type);
            Object[] base = baseline(type, -1, null);
            for (int n = 0; n < perType; n++) {
                Object[] args = new Object[rcs.length];
                for (int i = 0; i < rcs.length; i++) {
                    // Mostly mutate one or two components of a valid request, sometimes all of them.
                    boolean mutate = base == null || r.nextInt(3) == 0 || r.nextInt(rcs.length) == 0;
                    args[i] = mutate ? random(r, rcs[i].getType(), rcs[i].getGenericType(), 0) : base[i];
                }
                try {
                    Object built = ctor.newInstance(args);
                    accepted++;
                    // Accepted requests print and compare without failing.
                    assertThat(built.toString()).isNotNull();
                    assertThat(built).isEqualTo(ctor.newInstance(args));
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof LakeJobException) {
                        rejected++;
                    } else {
                        foreign.add(type.getSimpleName() + ": " + e.getCause());
                    }
                }
            }
        }
        assertThat(foreign).as("non-SDK exceptions from request validation").isEmpty();
        assertThat(accepted).isPositive();
        assertThat(rejected).isPositive();
    }

    // ----- error parsing through the transport ---------------------------------------------------

    static final int[] STATUSES = {
        200, 201, 202, 204, 301, 302, 304, 400, 401, 403, 404, 405, 408, 409, 413, 429, 500, 501, 502, 503, 504
    };
    static final String[] KEYS = {
        "error_code",
        "error_msg",
        "is_success",
        "message",
        "queue",
        "queues",
        "queue_name",
        "queueName",
        "cu_count",
        "cuCount",
        "request_id",
        "errorCode",
        "code",
        "total_count",
        "create_time",
        "job_id",
        "resource_mode",
        "queue_type",
        "charging_mode",
        "tags",
        "labels"
    };

    static String randomJson(Random r, int depth) {
        switch (depth > 3 ? r.nextInt(5) : r.nextInt(8)) {
            case 0:
                return "null";
            case 1:
                return Integer.toString(r.nextInt());
            case 2:
                return r.nextBoolean() ? "true" : "\"false\"";
            case 3:
                return "1e" + r.nextInt(400);
            case 4:
                return "\""
                        + randomString(r, r.nextInt(12)).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case 5: {
                StringBuilder sb = new StringBuilder("[");
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    sb.append(i > 0 ? "," : "").append(randomJson(r, depth + 1));
                }
                return sb.append(']').toString();
            }
            default: {
                StringBuilder sb = new StringBuilder("{");
                int n = r.nextInt(6);
                for (int i = 0; i < n; i++) {
                    sb.append(i > 0 ? "," : "")
                            .append('"')
                            .append(KEYS[r.nextInt(KEYS.length)])
                            .append("\":")
                            .append(randomJson(r, depth + 1));
                }
                return sb.append('}').toString();
            }
        }
    }

    static byte[] randomBody(Random r) {
        switch (r.nextInt(6)) {
            case 0: {
                byte[] b = new byte[r.nextInt(200)];
                r.nextBytes(b);
                return b;
            }
            case 1: {
                String json = randomJson(r, 0);
                return json.substring(0, r.nextInt(json.length() + 1)).getBytes(StandardCharsets.UTF_8);
            }
            case 2: {
                String example = resource(r.nextBoolean() ? "6.4-response.json" : "6.3-response.json");
                StringBuilder sb = new StringBuilder(example);
                for (int i = 0; i < 1 + r.nextInt(4); i++) {
                    int at = r.nextInt(sb.length() + 1);
                    if (r.nextBoolean() && at < sb.length()) {
                        sb.deleteCharAt(at);
                    } else {
                        String noise = "{}[]\",:0tn\\";
                        sb.insert(at, noise.charAt(r.nextInt(noise.length())));
                    }
                }
                return sb.toString().getBytes(StandardCharsets.UTF_8);
            }
            default:
                return randomJson(r, 0).getBytes(StandardCharsets.UTF_8);
        }
    }

    private void checkBody(LakeJobClient client, int status, byte[] body, List<String> foreign) {
        server.resetAll();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody(body)));
        List<Supplier<Object>> calls =
                List.of(() -> client.queues().get("q1"), () -> client.queues().list(l -> {}), () -> client.queues()
                        .create(CreateQueueRequest.builder()
                                .queueName("q1")
                                .cuCount(16)
                                .build()));
        for (Supplier<Object> call : calls) {
            try {
                Object result = call.get();
                assertThat(result).isNotNull();
                String.valueOf(result); // responses print without failing
            } catch (LakeJobException e) {
                if (status >= 300 && !(e instanceof ServiceException)) {
                    foreign.add("HTTP " + status + " gave " + e.getClass().getSimpleName() + " for "
                            + TraversalTest.printable(new String(body, StandardCharsets.UTF_8)));
                }
            } catch (RuntimeException | AssertionError e) {
                foreign.add("HTTP " + status + ": " + e + " for "
                        + TraversalTest.printable(new String(body, StandardCharsets.UTF_8)));
            }
        }
    }

    private LakeJobClient noRetryClient() {
        return builder().retryPolicy(RetryPolicy.none()).build();
    }

    @Test
    void randomBodiesAndStatusesGiveOnlyTypedErrors() {
        Random r = new Random(SEED);
        List<String> foreign = new ArrayList<>();
        int n = Math.max(100, ITERATIONS / 16);
        try (LakeJobClient client = noRetryClient()) {
            for (int i = 0; i < n; i++) {
                int status = r.nextInt(4) == 0 ? 200 + r.nextInt(400) : STATUSES[r.nextInt(STATUSES.length)];
                if (status == 204 || status == 304 || status == 205) {
                    status = 200;
                }
                checkBody(client, status, randomBody(r), foreign);
            }
        }
        assertThat(foreign).isEmpty();
    }

    /** The regression corpus: each line is {@code status<TAB>body} with Java-style escapes. */
    @Test
    void regressionCorpus() throws IOException {
        List<String> lines;
        try (InputStream in = FuzzTest.class.getResourceAsStream("/fuzz/error-bodies.txt")) {
            assertThat(in).isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        List<String> foreign = new ArrayList<>();
        int cases = 0;
        try (LakeJobClient client = noRetryClient()) {
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                int status = Integer.parseInt(line.substring(0, tab).trim());
                checkBody(client, status, unescape(line.substring(tab + 1)).getBytes(StandardCharsets.UTF_8), foreign);
                cases++;
            }
        }
        assertThat(cases).isGreaterThan(20);
        assertThat(foreign).isEmpty();
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case '0' -> sb.append('\0');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    case 'R' -> { // \R<n><char>: the char repeated n times (n up to the next ';')
                        int semi = s.indexOf(';', i);
                        int times = Integer.parseInt(s.substring(i + 1, semi));
                        sb.append(String.valueOf(s.charAt(semi + 1)).repeat(times));
                        i = semi + 1;
                    }
                    default -> sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void seedAndIterationsAreReported() {
        assertThat(String.format(Locale.ROOT, "seed=%d iterations=%d", SEED, ITERATIONS))
                .contains("seed=");
    }
}
