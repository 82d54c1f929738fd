package io.lakejob.sdk.flink.internal.targets;

import io.lakejob.sdk.exception.TransportException;
import io.lakejob.sdk.flink.internal.SharedHttpClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A small client for the Flink REST API of one cluster (JSON in, JSON out), for the calls that
 * Flink's {@code ClusterClient} does not expose: savepoints with a client-chosen trigger id, the
 * job's vertex states and the job list. Requests go through the transport's {@link SharedHttpClient},
 * whose threads end when the last client closes. Thread-safe.
 */
public final class FlinkRest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Duration requestTimeout;

    /**
     * Creates a client.
     *
     * @param base the REST address, for example {@code http://127.0.0.1:8081}
     * @param requestTimeout the timeout of one HTTP request
     */
    public FlinkRest(URI base, Duration requestTimeout) {
        this.base = base;
        this.requestTimeout = requestTimeout;
    }

    /** @return the REST address */
    public URI base() {
        return base;
    }

    /** @return a new empty JSON object to use as a request body */
    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /**
     * A GET request.
     *
     * @param path the path, starting with {@code /}
     * @return the response
     */
    public Response get(String path) {
        return send("GET", path, null);
    }

    /**
     * A request.
     *
     * @param method the HTTP method
     * @param path the path, starting with {@code /}
     * @param body the JSON body, or {@code null}
     * @return the status code and the parsed body (an empty object when the body is empty)
     * @throws TransportException when no response arrived
     */
    public Response send(String method, String path, JsonNode body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .timeout(requestTimeout)
                .header("Accept", "application/json");
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        try {
            HttpResponse<String> r = SharedHttpClient.get().send(b.build(), HttpResponse.BodyHandlers.ofString());
            String text = r.body();
            JsonNode node = text == null || text.isBlank() ? object() : JSON.readTree(text);
            return new Response(r.statusCode(), node);
        } catch (IOException e) {
            // The JDK's connect failures often carry no message: name the exception then.
            String cause = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new TransportException(
                    method + " " + base.resolve(path) + " failed: " + cause, e, "GET".equals(method));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("Interrupted during " + method + " " + path, e, false);
        }
    }

    /**
     * One REST response.
     *
     * @param status the HTTP status code
     * @param body the parsed JSON body
     */
    public record Response(int status, JsonNode body) {
        /** @return whether the status is 2xx */
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** @return Flink's error messages joined, or the body */
        public String errors() {
            JsonNode e = body.get("errors");
            if (e != null && e.isArray()) {
                StringBuilder sb = new StringBuilder();
                for (JsonNode n : e) {
                    String s = n.asText();
                    int nl = s.indexOf('\n');
                    sb.append(sb.length() == 0 ? "" : "; ").append(nl > 0 ? s.substring(0, nl) : s);
                }
                return sb.toString();
            }
            return body.toString();
        }
    }
}
