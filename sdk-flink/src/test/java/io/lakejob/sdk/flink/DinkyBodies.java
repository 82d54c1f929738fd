package io.lakejob.sdk.flink;

import io.lakejob.sdk.model.flink.ExecuteJarRequest;
import io.lakejob.sdk.model.flink.ExecuteSqlRequest;
import io.lakejob.sdk.model.flink.ExecutionTarget;
import io.lakejob.sdk.model.flink.GatewayConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Dinky OpenAPI's request bodies (test resources {@code dinky/*.json}, from the seed), with
 * their field names mapped onto the SDK's request builders as a Dinky user's JSON would be:
 * {@code type}, {@code statement}, {@code address}, {@code jobName}, {@code use*}, {@code fragment},
 * {@code maxRowNum}, {@code checkPoint}, {@code parallelism}, {@code savePointPath}, {@code
 * configuration}, and {@code gatewayConfig} ({@code clusterConfig.flinkConfigPath/flinkLibPath/
 * yarnConfigPath/appId}, {@code appConfig.userJarPath/userJarParas/userJarMainAppClass}, {@code
 * flinkConfig.configuration}). An unknown field fails the mapping.
 */
final class DinkyBodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DinkyBodies() {}

    /**
     * A body, with values replaced.
     *
     * @param name the resource's name without {@code .json}
     * @param replace dotted field path to its new value ({@code null} removes the field)
     * @return the body
     */
    static ObjectNode body(String name, Map<String, Object> replace) {
        ObjectNode body;
        try (InputStream in = DinkyBodies.class.getResourceAsStream("/dinky/" + name + ".json")) {
            body = (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        replace.forEach((path, value) -> {
            String[] parts = path.split("\\.");
            ObjectNode at = body;
            for (int i = 0; i < parts.length - 1; i++) {
                at = (ObjectNode) at.get(parts[i]);
            }
            String field = parts[parts.length - 1];
            if (!at.has(field)) {
                throw new IllegalArgumentException("The body " + name + " has no field " + path);
            }
            if (value == null) {
                at.remove(field);
            } else {
                at.set(field, JSON.valueToTree(value));
            }
        });
        return body;
    }

    /** @return an {@code executeSql} request from a body */
    static ExecuteSqlRequest executeSql(JsonNode body) {
        ExecuteSqlRequest.Builder b = ExecuteSqlRequest.builder();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "type" -> b.type(ExecutionTarget.of(v.asText()));
                case "statement" -> b.statement(v.asText());
                case "address" -> b.address(v.asText());
                case "jobName" -> b.jobName(v.asText());
                case "useResult" -> b.useResult(v.asBoolean());
                case "useChangeLog" -> b.useChangeLog(v.asBoolean());
                case "useAutoCancel" -> b.useAutoCancel(v.asBoolean());
                case "useStatementSet" -> b.useStatementSet(v.asBoolean());
                case "fragment" -> b.fragment(v.asBoolean());
                case "maxRowNum" -> b.maxRowNum(v.asInt());
                case "checkPoint" -> b.checkPoint(v.asLong());
                case "parallelism" -> b.parallelism(v.asInt());
                case "savePointPath" -> b.savePointPath(v.asText());
                case "configuration" -> b.configuration(strings(v));
                case "gatewayConfig" -> b.gatewayConfig(gateway(v));
                default -> throw new IllegalArgumentException("Unknown executeSql field " + f.getKey());
            }
        }
        return b.build();
    }

    /** @return an {@code executeJar} request from a body */
    static ExecuteJarRequest executeJar(JsonNode body) {
        ExecuteJarRequest.Builder b = ExecuteJarRequest.builder();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "type" -> b.type(ExecutionTarget.of(v.asText()));
                case "address" -> b.address(v.asText());
                case "jobName" -> b.jobName(v.asText());
                case "savePointPath" -> b.savePointPath(v.asText());
                case "gatewayConfig" -> b.gatewayConfig(gateway(v));
                default -> throw new IllegalArgumentException("Unknown executeJar field " + f.getKey());
            }
        }
        return b.build();
    }

    private static GatewayConfig gateway(JsonNode g) {
        GatewayConfig.ClusterConfig cluster = null;
        GatewayConfig.AppConfig app = null;
        GatewayConfig.FlinkConfig flink = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = g.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "clusterConfig" -> {
                    for (Iterator<String> n = v.fieldNames(); n.hasNext(); ) {
                        String field = n.next();
                        if (!List.of("flinkConfigPath", "flinkLibPath", "yarnConfigPath", "hadoopConfigPath", "appId")
                                .contains(field)) {
                            throw new IllegalArgumentException("Unknown clusterConfig field " + field);
                        }
                    }
                    cluster = new GatewayConfig.ClusterConfig(
                            text(v, "flinkConfigPath"),
                            text(v, "flinkLibPath"),
                            v.has("yarnConfigPath") ? text(v, "yarnConfigPath") : text(v, "hadoopConfigPath"),
                            text(v, "appId"),
                            Map.of());
                }
                case "appConfig" -> {
                    List<String> args = new ArrayList<>();
                    v.path("userJarParas").forEach(a -> args.add(a.asText()));
                    app = new GatewayConfig.AppConfig(text(v, "userJarPath"), args, text(v, "userJarMainAppClass"));
                }
                case "flinkConfig" -> flink = new GatewayConfig.FlinkConfig(strings(v.path("configuration")));
                default -> throw new IllegalArgumentException("Unknown gatewayConfig field " + f.getKey());
            }
        }
        return new GatewayConfig(cluster, app, flink, null);
    }

    private static String text(JsonNode n, String field) {
        return n.has(field) && !n.get(field).isNull() ? n.get(field).asText() : null;
    }

    private static Map<String, String> strings(JsonNode n) {
        Map<String, String> m = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        return m;
    }
}
