package io.lakejob.sdk.cloud.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.lakejob.sdk.cloud.CloudOptions;
import io.lakejob.sdk.cloud.Reconcile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport's own request/response log, logger {@value CloudOptions#WIRE_LOGGER}, redacted so
 * that it can stay on where HttpClient's wire and header logs cannot.
 *
 * <ul>
 *   <li>DEBUG: one line per request ({@code -->}: method, path and query, operation, attempt,
 *       headers, body size) and one per answer or failure ({@code <--}: status, time, request id,
 *       headers, body size).</li>
 *   <li>TRACE: the same lines followed by the body (the first {@value #MAX_BODY_CHARS} characters;
 *       a body over {@value #MAX_MASKED_BYTES} bytes is not shown).</li>
 * </ul>
 *
 * <p>Redaction: header values are shown only for an allow-list of harmless headers
 * ({@code Content-Type}, {@code X-Sdk-Date}, {@code X-Request-Id}, ...); every other value, among
 * them {@code X-Auth-Token}, {@code X-Security-Token}, {@code X-Subject-Token}, cookies and a
 * custom token header, prints as {@code ***}; {@code Authorization} keeps its scheme, access key
 * and signed header names, not its signature. In JSON bodies, values of fields whose names speak of
 * a password, secret, token, credential or private key, the value of a {@code {key, value}} pair
 * whose key does (but not the client token tag), {@code var_value} unless the same object says {@code is_sensitive: false},
 * {@code key=value} settings with such keys, and SQL options such as {@code 'password' = '...'}
 * print as {@code ***}. Finally every value of the credentials in use (token, security token,
 * secret key) is replaced wherever it still appears, for example echoed in an error message.
 */
final class WireLog {
    /** The most body characters logged. */
    static final int MAX_BODY_CHARS = 16 * 1024;

    /** Bodies larger than this are not parsed for the log (and not shown). */
    static final int MAX_MASKED_BYTES = 1024 * 1024;

    static final Logger LOG = LoggerFactory.getLogger(CloudOptions.WIRE_LOGGER);

    private static final String MASK = "***";

    /** Headers whose values are never secret. */
    private static final Set<String> SHOWN_HEADERS = Set.of(
            "accept",
            "accept-encoding",
            "cache-control",
            "connection",
            "content-encoding",
            "content-length",
            "content-type",
            "date",
            "expires",
            "host",
            "keep-alive",
            "pragma",
            "retry-after",
            "server",
            "transfer-encoding",
            "user-agent",
            "vary",
            "x-project-id",
            "x-request-id",
            "x-sdk-date");

    /** A word that makes a name secret. */
    private static final Pattern SECRET_WORD =
            Pattern.compile("(?i)password|passwd|pwd|secret|token|credential|private[-_.]?key");

    // The patterns below run over text of up to 1 MiB from the service or the caller: each is
    // anchored at the start of a run and possessive, so it runs in linear time (a run of a million
    // word characters must not make the log quadratic).

    /** {@code key=value} or {@code key: value}; the key is checked for a secret word in code. */
    private static final Pattern SETTING =
            Pattern.compile("(?<![\\w.-])([\\w.-]++)(\\s*+[=:]\\s*+)('[^']*+'|\"[^\"]*+\"|[^,;\\s&'\"]++)");

    /** A quoted SQL option: {@code 'password' = 'x'}; the key is checked for a secret word in code. */
    private static final Pattern SQL_OPTION =
            Pattern.compile("(['\"`])([\\w.-]++)\\1(\\s*+=\\s*+)('(?:[^']|'')*+'|\"[^\"]*+\")");

    private static final ObjectMapper TREE = new ObjectMapper(new JsonFactory());

    private final List<String> secrets;

    /**
     * A log that also scrubs the given credential values.
     *
     * @param secrets values of the credentials in use (each at least 4 characters long is scrubbed)
     */
    WireLog(List<String> secrets) {
        List<String> s = new ArrayList<>();
        for (String v : secrets) {
            if (v != null && v.length() >= 4) {
                s.add(v);
            }
        }
        this.secrets = List.copyOf(s);
    }

    static boolean enabled() {
        return LOG.isDebugEnabled();
    }

    /**
     * Logs a request about to be sent.
     *
     * @param operation the operation name
     * @param attempt the attempt number
     * @param method the method
     * @param target the path and query as sent
     * @param headers the headers (values redacted here)
     * @param body the body
     * @param extraSecrets further values to scrub (the credentials of this attempt)
     */
    void request(
            String operation,
            int attempt,
            String method,
            String target,
            Map<String, String> headers,
            byte[] body,
            List<String> extraSecrets) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        String line = "--> " + method + " " + target + " (" + operation + " attempt " + attempt + ") headers "
                + headers(headers.entrySet()) + ", body " + body.length + " bytes";
        if (LOG.isTraceEnabled() && body.length > 0) {
            LOG.trace("{}\n{}", line, scrubbedBody(body, extraSecrets));
        } else {
            LOG.debug("{}", line);
        }
    }

    /**
     * Logs an answer.
     *
     * @param operation the operation name
     * @param attempt the attempt number
     * @param method the method
     * @param target the path and query as sent
     * @param status the status
     * @param millis the time from sending to the read body
     * @param requestId the request id, or {@code null}
     * @param headers the answer's headers
     * @param body the body read (empty when it was over the limit)
     * @param oversize whether the body was over the limit and not read
     * @param extraSecrets further values to scrub (the credentials of this attempt)
     */
    void response(
            String operation,
            int attempt,
            String method,
            String target,
            int status,
            long millis,
            String requestId,
            List<Map.Entry<String, String>> headers,
            byte[] body,
            boolean oversize,
            List<String> extraSecrets) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        String line = "<-- " + status + " " + method + " " + target + " (" + operation + " attempt " + attempt
                + ") in " + millis + " ms, request id " + requestId + ", headers " + headers(headers) + ", body "
                + (oversize ? "over the limit, not read" : body.length + " bytes");
        if (LOG.isTraceEnabled() && body.length > 0) {
            LOG.trace("{}\n{}", line, scrubbedBody(body, extraSecrets));
        } else {
            LOG.debug("{}", line);
        }
    }

    /**
     * Logs an attempt that got no answer.
     *
     * @param operation the operation name
     * @param attempt the attempt number
     * @param method the method
     * @param target the path and query as sent
     * @param millis the time until the failure
     * @param failure what failed (its class name only: messages may hold anything)
     */
    void failure(String operation, int attempt, String method, String target, long millis, Throwable failure) {
        LOG.debug(
                "<-- failed {} {} ({} attempt {}) after {} ms: {}",
                method,
                target,
                operation,
                attempt,
                millis,
                failure.getClass().getSimpleName());
    }

    private static String headers(Iterable<? extends Map.Entry<String, String>> headers) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, String> h : headers) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(h.getKey()).append(": ").append(headerValue(h.getKey(), h.getValue()));
        }
        return sb.append('}').toString();
    }

    static String headerValue(String name, String value) {
        String n = name.toLowerCase(Locale.ROOT);
        if (SHOWN_HEADERS.contains(n)) {
            return value;
        }
        if (n.equals("authorization") || n.equals("proxy-authorization")) {
            int signature = value.indexOf("Signature=");
            if (value.startsWith("SDK-HMAC-SHA256 ") && signature > 0) {
                return value.substring(0, signature) + "Signature=" + MASK;
            }
            int space = value.indexOf(' ');
            return space > 0 ? value.substring(0, space) + " " + MASK : MASK;
        }
        return MASK;
    }

    /** A body as loggable text: JSON with secret values masked, or scrubbed text, cut to size. */
    String body(byte[] body, String extraSecret) {
        return scrubbedBody(body, extraSecret == null ? List.of() : List.of(extraSecret));
    }

    /** A body as loggable text, scrubbing these values too. */
    String scrubbedBody(byte[] body, List<String> extraSecrets) {
        if (body.length > MAX_MASKED_BYTES) {
            return "(a body over " + MAX_MASKED_BYTES + " bytes is not shown)";
        }
        String text;
        try {
            JsonNode tree = TREE.readTree(body);
            text = tree == null ? "" : TREE.writeValueAsString(mask(tree));
        } catch (java.io.IOException | RuntimeException e) {
            text = maskText(new String(body, StandardCharsets.UTF_8));
        }
        for (String s : secrets) {
            text = text.replace(s, MASK);
        }
        for (String extra : extraSecrets) {
            if (extra != null && extra.length() >= 4) {
                text = text.replace(extra, MASK);
            }
        }
        if (text.length() > MAX_BODY_CHARS) {
            text = text.substring(0, MAX_BODY_CHARS) + "... (" + (text.length() - MAX_BODY_CHARS) + " more characters)";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (Character.isISOControl(c) && c != '\t') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Masks secret values in a JSON tree (in place; the tree is a copy made for the log). */
    static JsonNode mask(JsonNode node) {
        if (node instanceof ObjectNode o) {
            JsonNode key = o.get("key");
            boolean secretPair = key != null
                    && key.isTextual()
                    && !key.asText().equals(Reconcile.CLIENT_TOKEN_TAG)
                    && secretName(key.asText());
            JsonNode sensitive = o.get("is_sensitive");
            boolean shownVariable = sensitive != null
                    && ((sensitive.isBoolean() && !sensitive.booleanValue())
                            || (sensitive.isTextual() && sensitive.asText().equalsIgnoreCase("false")));
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            List<String> masked = new ArrayList<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String name = f.getKey();
                boolean secret = secretName(name)
                        || (secretPair && name.equals("value"))
                        || (name.equals("var_value") && !shownVariable);
                if (secret && !f.getValue().isNull()) {
                    masked.add(name);
                } else {
                    mask(f.getValue());
                    if (f.getValue().isTextual()) {
                        f.setValue(TextNode.valueOf(maskText(f.getValue().asText())));
                    }
                }
            }
            for (String name : masked) {
                o.put(name, MASK);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode e = a.get(i);
                if (e.isTextual()) {
                    a.set(i, TextNode.valueOf(maskText(e.asText())));
                } else {
                    mask(e);
                }
            }
        }
        return node;
    }

    static boolean secretName(String name) {
        return SECRET_WORD.matcher(name).find();
    }

    /** Masks {@code key=value} settings and quoted SQL options whose keys speak of secrets. */
    static String maskText(String text) {
        String t = SQL_OPTION
                .matcher(text)
                .replaceAll(m -> secretName(m.group(2))
                        ? Matcher.quoteReplacement(m.group(1) + m.group(2) + m.group(1) + m.group(3) + "'" + MASK + "'")
                        : Matcher.quoteReplacement(m.group()));
        return SETTING.matcher(t)
                .replaceAll(m -> secretName(m.group(1))
                        ? Matcher.quoteReplacement(m.group(1) + m.group(2) + MASK)
                        : Matcher.quoteReplacement(m.group()));
    }
}
