package io.lakejob.sdk.cloud.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link WireReader} reads what Jackson's data binding reads, record for record: on every reference
 * example answer, and on every way of changing one property's value of those answers (a string,
 * a quoted number or boolean, an integer, a float, a long, a boolean, null, an object, an array),
 * a property written twice, content after the document, and a document that is not an object. For
 * each, both give equal records or both fail with the same error.
 */
class WireReaderTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** The values one property is changed to. */
    private static final List<String> VALUES = List.of(
            "\"x\"",
            "\"\"",
            "\"true\"",
            "\"FALSE\"",
            "\"12\"",
            "\"-3\"",
            "\"1.5\"",
            "12",
            "-7",
            "1.5",
            "1e3",
            "12345678901",
            "123456789012345678901234567890",
            "true",
            "false",
            "null",
            "{}",
            "{\"a\":1}",
            "[]",
            "[\"a\",null]",
            "[1,2]",
            "[{}]",
            "[[1]]");

    @Test
    void readsEveryReferenceExampleTheFastWayAndAsJacksonDoes() throws Exception {
        int fast = 0;
        int compared = 0;
        for (Map.Entry<Class<?>, List<byte[]>> e : examplesByType().entrySet()) {
            for (byte[] body : e.getValue()) {
                compared++;
                Object jackson = Json.read(body, e.getKey());
                assertThat(WireReader.read(body, e.getKey()))
                        .as(e.getKey().getSimpleName())
                        .isEqualTo(jackson);
                // Some examples are not plain (a number written as a string, say): Jackson reads those.
                WireReader.Binder binder = WireReader.binder(e.getKey());
                Object quick = binder != null ? WireReader.fast(body, binder) : null;
                if (quick != null) {
                    assertThat(quick)
                            .as(e.getKey().getSimpleName() + " read the fast way")
                            .isEqualTo(jackson);
                    fast++;
                }
            }
        }
        assertThat(compared).isGreaterThan(30);
        // The ListQueues answer the benchmark measures, and most others, take the fast path.
        assertThat(WireReader.binder(QueueCodecs.WireQueues.class)).isNotNull();
        assertThat(fast).isGreaterThan(compared * 2 / 3);
    }

    @Test
    void everyChangeOfOnePropertyIsReadAsJacksonReadsIt() throws Exception {
        int variants = 0;
        int fastAccepted = 0;
        for (Map.Entry<Class<?>, List<byte[]>> e : examplesByType().entrySet()) {
            Class<?> type = e.getKey();
            WireReader.Binder binder = WireReader.binder(type);
            for (byte[] body : e.getValue()) {
                JsonNode tree = PLAIN.readTree(body);
                List<String> docs = new ArrayList<>();
                forEachProperty(tree, (ObjectNode owner, String name) -> {
                    JsonNode old = owner.get(name);
                    for (String v : VALUES) {
                        try {
                            owner.set(name, PLAIN.readTree(v));
                            docs.add(PLAIN.writeValueAsString(tree));
                        } catch (Exception x) {
                            throw new AssertionError(x);
                        }
                    }
                    owner.set(name, old);
                    // The property twice: first with its own value, then with another.
                    docs.add(duplicate(tree.toString(), name));
                });
                String doc = tree.toString();
                docs.add(doc + " {}");
                docs.add(doc + " x");
                docs.add("[" + doc + "]");
                docs.add("null");
                docs.add(doc.substring(0, doc.length() - 1));
                for (String d : docs) {
                    byte[] bytes = d.getBytes(StandardCharsets.UTF_8);
                    variants++;
                    Outcome jackson = outcome(() -> Json.read(bytes, type));
                    Outcome ours = outcome(() -> WireReader.read(bytes, type));
                    assertThat(ours).as(type.getSimpleName() + " " + d).isEqualTo(jackson);
                    if (binder != null && WireReader.fast(bytes, binder) != null) {
                        fastAccepted++;
                    }
                }
            }
        }
        assertThat(variants).isGreaterThan(5_000);
        // The fast path took a good share of the changed answers itself (it is not all handed over).
        assertThat(fastAccepted).isGreaterThan(variants / 5);
    }

    /** A record with every component type the fast path reads, nesting itself. */
    record Sample(
            String name,
            Integer count,
            Long size,
            Double ratio,
            Boolean flag,
            JsonNode labels,
            List<String> tags,
            Sample child) {}

    /** Raw documents the fast path reads itself: escapes, UTF-8, numbers, whitespace, skipped values. */
    private static final List<String> FAST_DOCUMENTS = List.of(
            "{}",
            "{\"name\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"}",
            "{\"name\":\"\\u00e9\\u4E2D\\ud83d\\ude00\"}",
            "{\"name\":\"\u00e9\u4e2d\ud83d\ude00 caf\u00e9\"}",
            "{\"name\":\"\\ud83d\"}",
            "{\"na\\u006de\":\"escaped name\"}",
            "{\"n\u00e4me\":\"unknown non-ASCII name\",\"count\":1}",
            "{\"count\":0,\"size\":-5}",
            "{\"count\":-2147483648}",
            "{\"count\":2147483647}",
            "{\"size\":123456789012345678}",
            "{\"size\":-123456789012345678}",
            "{\"ratio\":1E+2}",
            "{\"ratio\":-1.5e-3}",
            "{\"ratio\":0.0}",
            "{\"ratio\":7}",
            "{\"ratio\":0.1000000000000000055511151231257827}",
            "{\"flag\":\"true\",\"tags\":[]}",
            "{\"flag\":false,\"tags\":[\"a\",\"\\n\",null]}",
            "\t{\r\n\"name\" :\t\"x\" ,\n\"count\": 1 }\n  ",
            "{\"labels\":{\"a\":[1,2.5,true,null,\"x\",{\"b\":{}}]}}",
            "{\"labels\":12}",
            "{\"labels\":-1.5e3}",
            "{\"labels\":12345678901234567890123}",
            "{\"labels\":\"s\"}",
            "{\"labels\":false}",
            "{\"labels\":null}",
            "{\"labels\":[ ]}",
            "{\"other\":{\"deep\":[[[{\"x\":\"\\u0041\",\"y\":-0.0e0}]]],\"t\":true},\"name\":\"n\"}",
            "{\"child\":{\"name\":\"c\",\"child\":{\"count\":3}},\"tags\":null}",
            "{\"child\":null}");

    /** Raw documents it hands to Jackson: not JSON, or JSON outside the plain subset. */
    private static final List<String> HANDED_OVER = List.of(
            "{\"count\":2147483648}",
            "{\"count\":-2147483649}",
            "{\"size\":9223372036854775807}",
            "{\"size\":92233720368547758070}",
            "{\"count\":-0}",
            "{\"count\":01}",
            "{\"count\":1.}",
            "{\"count\":.5}",
            "{\"count\":+1}",
            "{\"count\":1x}",
            "{\"count\":-}",
            "{\"ratio\":1e}",
            "{\"ratio\":NaN}",
            "{\"name\":\"\\x\"}",
            "{\"name\":\"\\u12G4\"}",
            "{\"name\":\"\\u12\"}",
            "{\"name\":\"a\u0001b\"}",
            "{\"name\":\"open",
            "{\"name\":tru}",
            "{\"name\":truex}",
            "{\"name\":nul}",
            "{\"name\":\"x\"}/*c*/",
            "{\"name\":\"x\",}",
            "{,}",
            "{\"name\" \"x\"}",
            "{\"name\":\"x\"",
            "{'name':'x'}",
            "{name:\"x\"}",
            "{\"tags\":[\"a\",]}",
            "{\"tags\":[\"a\" \"b\"]}",
            "{\"flag\":\"TRUE\"}",
            "{\"other\":" + "[".repeat(300) + "]".repeat(300) + ",\"name\":\"deep\"}",
            "{\"name\":\"x\"}\u000b",
            "\ufeff{\"name\":\"bom\"}",
            "",
            "   ");

    @Test
    void rawDocumentsAreReadAsJacksonReadsThemAndThePlainOnesTheFastWay() throws Exception {
        WireReader.Binder binder = WireReader.binder(Sample.class);
        assertThat(binder).isNotNull();
        for (String doc : FAST_DOCUMENTS) {
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            Object jackson = Json.read(bytes, Sample.class);
            assertThat(WireReader.fast(bytes, binder)).as(doc).isNotNull().isEqualTo(jackson);
        }
        List<byte[]> handed = new ArrayList<>();
        HANDED_OVER.forEach(d -> handed.add(d.getBytes(StandardCharsets.UTF_8)));
        // Not UTF-8: a lone continuation byte, an overlong '/', a truncated sequence, an encoded surrogate.
        for (byte[] bad : List.of(
                new byte[] {(byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xE4, (byte) 0xB8},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
            byte[] head = "{\"name\":\"a".getBytes(StandardCharsets.UTF_8);
            byte[] tail = "b\"}".getBytes(StandardCharsets.UTF_8);
            byte[] doc = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, doc, 0, head.length);
            System.arraycopy(bad, 0, doc, head.length, bad.length);
            System.arraycopy(tail, 0, doc, head.length + bad.length, tail.length);
            handed.add(doc);
        }
        for (byte[] bytes : handed) {
            String shown = new String(bytes, StandardCharsets.UTF_8);
            assertThat(WireReader.fast(bytes, binder)).as(shown).isNull();
            assertThat(outcome(() -> WireReader.read(bytes, Sample.class)))
                    .as(shown)
                    .isEqualTo(outcome(() -> Json.read(bytes, Sample.class)));
        }
    }

    @Test
    void recordsWithTypesItDoesNotReadAreLeftToJackson() {
        // A Map component (the plan's cu_count by day) is not read the fast way.
        record WithMap(Map<String, Integer> counts) {}
        assertThat(WireReader.binder(WithMap.class)).isNull();
        record Outer(String name, List<WithMap> inner) {}
        assertThat(WireReader.binder(Outer.class)).isNull();
        record Plain(String name, Long size, List<String> tags) {}
        assertThat(WireReader.binder(Plain.class)).isNotNull();
    }

    /** The property's text twice in the document: {@code "name":<its value>,"name":"dup"}. */
    private static String duplicate(String doc, String name) {
        String key = "\"" + name + "\":";
        int at = doc.indexOf(key);
        return doc.substring(0, at) + key + "\"dup\"," + doc.substring(at);
    }

    private interface Call {
        Object get() throws Exception;
    }

    /** A value read, or the error's type and message. */
    private record Outcome(Object value, String error) {}

    private static Outcome outcome(Call call) {
        try {
            return new Outcome(call.get(), null);
        } catch (Exception e) {
            return new Outcome(null, e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private interface PropertyVisitor {
        void visit(ObjectNode owner, String name);
    }

    private static void forEachProperty(JsonNode node, PropertyVisitor visitor) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                JsonNode child = node.get(n);
                forEachProperty(child, visitor);
                visitor.visit((ObjectNode) node, n);
            }
        } else if (node.isArray()) {
            Iterator<JsonNode> it = node.elements();
            // The first element stands for the others.
            if (it.hasNext()) {
                forEachProperty(it.next(), visitor);
            }
        }
    }

    /** Every reference example answer (with its variants), by the wire type its operation reads it into. */
    private static Map<Class<?>, List<byte[]>> examplesByType() throws Exception {
        Map<Class<?>, List<byte[]>> out = new LinkedHashMap<>();
        for (OperationCodec<?, ?> codec : Codecs.all().values()) {
            if (!(codec instanceof RestCodec<?, ?> rest) || rest.directType() == null) {
                continue;
            }
            String section = codec.operation().section();
            for (String suffix : List.of(
                    "",
                    "-force",
                    "-restart",
                    "-scale",
                    "-sync",
                    "-managed",
                    "-view",
                    "-export",
                    "-jar",
                    "-opensource")) {
                byte[] body = resource("/examples/" + section + "-response" + suffix + ".json");
                if (body != null) {
                    out.computeIfAbsent(rest.directType(), k -> new ArrayList<>())
                            .add(body);
                }
            }
        }
        return out;
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = WireReaderTest.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
