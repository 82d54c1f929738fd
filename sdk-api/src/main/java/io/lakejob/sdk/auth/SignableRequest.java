package io.lakejob.sdk.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An HTTP request as signers see it, independent of any HTTP library. Immutable.
 *
 * <p>The path and query hold raw (decoded) values; {@link #encodedPath()} and
 * {@link #encodedQuery()} give the wire form, each path segment and query component
 * percent-encoded exactly once (RFC 3986 unreserved characters kept). A transport must send
 * that wire form, so the signed request and the sent request cannot differ.
 */
public final class SignableRequest {
    private final String method;
    private final String scheme;
    private final String host;
    private final int port;
    private final List<String> pathSegments;
    private final List<Map.Entry<String, String>> query;
    private final Map<String, String> headers;
    private final byte[] body;

    /** The encoded path, made at its first use (a signer and the transport both need it). */
    private String encodedPath;

    private SignableRequest(
            String method,
            String scheme,
            String host,
            int port,
            List<String> pathSegments,
            List<Map.Entry<String, String>> query,
            Map<String, String> headers,
            byte[] body,
            String encodedPath) {
        this.method = method;
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.pathSegments = pathSegments;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.encodedPath = encodedPath;
    }

    /**
     * A copy with headers set and one header removed, sharing everything else (the body is never
     * modified, so sharing it is safe). Used by signers on every request, so it copies little.
     */
    SignableRequest withHeaders(Map<String, String> set, String remove) {
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        if (remove != null) {
            h.remove(remove);
        }
        h.putAll(set);
        return new SignableRequest(
                method, scheme, host, port, pathSegments, query, Collections.unmodifiableMap(h), body, encodedPath);
    }

    private SignableRequest(Builder b) {
        this.method = Objects.requireNonNull(b.method, "method").toUpperCase(Locale.ROOT);
        this.scheme = Objects.requireNonNull(b.scheme, "scheme").toLowerCase(Locale.ROOT);
        this.host = Objects.requireNonNull(b.host, "host");
        this.port = b.port;
        this.pathSegments = List.copyOf(b.pathSegments);
        this.query = List.copyOf(b.query);
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(b.headers);
        this.headers = Collections.unmodifiableMap(h);
        this.body = b.body == null ? new byte[0] : b.body.clone();
    }

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder()
                .method(method)
                .scheme(scheme)
                .host(host)
                .port(port)
                .body(body);
        b.pathSegments.addAll(pathSegments);
        b.query.addAll(query);
        b.headers.putAll(headers);
        return b;
    }

    /**
     * The HTTP method, upper case.
     *
     * @return the method
     */
    public String method() {
        return method;
    }

    /**
     * The URI scheme, {@code https} or {@code http}.
     *
     * @return the scheme
     */
    public String scheme() {
        return scheme;
    }

    /**
     * The host name, without port.
     *
     * @return the host
     */
    public String host() {
        return host;
    }

    /**
     * The explicit port, or -1 when the URL has none.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * The value of the {@code Host} header: the host, plus {@code :port} when the URL has one.
     *
     * @return the host header value
     */
    public String hostHeader() {
        return port < 0 ? host : host + ":" + port;
    }

    /**
     * The raw (decoded) path segments.
     *
     * @return an immutable list
     */
    public List<String> pathSegments() {
        return pathSegments;
    }

    /**
     * The raw (decoded) query parameters, in the caller's order.
     *
     * @return an immutable list of name/value pairs
     */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /**
     * The headers; names compare case-insensitively.
     *
     * @return an immutable map
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * One header's value.
     *
     * @param name the header name, any case
     * @return the value, or {@code null}
     */
    public String header(String name) {
        return headers.get(name);
    }

    /**
     * A copy of the body bytes.
     *
     * @return the body, empty when there is none
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * The body length in bytes.
     *
     * @return the length
     */
    public int bodyLength() {
        return body.length;
    }

    byte[] bodyUnsafe() {
        return body;
    }

    /**
     * The path as sent: each segment percent-encoded once, joined with {@code /}, starting with
     * {@code /}.
     *
     * @return the encoded path
     */
    public String encodedPath() {
        // A benign race: every thread computes the same string.
        String path = encodedPath;
        if (path == null) {
            if (pathSegments.isEmpty()) {
                path = "/";
            } else {
                StringBuilder sb = new StringBuilder();
                for (String s : pathSegments) {
                    sb.append('/').append(percentEncode(s));
                }
                path = sb.toString();
            }
            encodedPath = path;
        }
        return path;
    }

    /**
     * The query as sent, in the caller's order, each name and value percent-encoded once.
     *
     * @return the encoded query without {@code ?}, empty when there is none
     */
    public String encodedQuery() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : query) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(percentEncode(e.getKey())).append('=').append(percentEncode(e.getValue()));
        }
        return sb.toString();
    }

    /**
     * The full URI as sent.
     *
     * @return scheme, host, port, encoded path and query
     */
    public String uri() {
        String q = encodedQuery();
        return scheme + "://" + hostHeader() + encodedPath() + (q.isEmpty() ? "" : "?" + q);
    }

    /**
     * Percent-encodes text as the signer does: UTF-8, every byte outside the RFC 3986 unreserved
     * set ({@code A-Za-z0-9-._~}) as {@code %XX} in upper case.
     *
     * @param text the raw text
     * @return the encoded text
     */
    public static String percentEncode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(bytes.length + 8);
        for (byte value : bytes) {
            int c = value & 0xff;
            if ((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return sb.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    @Override
    public String toString() {
        return "SignableRequest[" + method + " " + scheme + "://" + hostHeader() + encodedPath() + ", headers="
                + headers.keySet() + ", body=" + body.length + " bytes]";
    }

    /** Builds a {@link SignableRequest}. */
    public static final class Builder {
        private String method;
        private String scheme = "https";
        private String host;
        private int port = -1;
        private final List<String> pathSegments = new ArrayList<>();
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private byte[] body;

        private Builder() {}

        /**
         * Sets the HTTP method.
         *
         * @param method GET, POST, PUT, DELETE, ...
         * @return this builder
         */
        public Builder method(String method) {
            this.method = method;
            return this;
        }

        /**
         * Sets the scheme.
         *
         * @param scheme {@code https} or {@code http}
         * @return this builder
         */
        public Builder scheme(String scheme) {
            this.scheme = scheme;
            return this;
        }

        /**
         * Sets the host name (no port).
         *
         * @param host the host
         * @return this builder
         */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /**
         * Sets the explicit port; -1 for none.
         *
         * @param port the port
         * @return this builder
         */
        public Builder port(int port) {
            if (port < -1 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Appends raw (decoded) path segments.
         *
         * @param segments the segments, each encoded once on the wire
         * @return this builder
         */
        public Builder addPathSegments(String... segments) {
            for (String s : segments) {
                pathSegments.add(Objects.requireNonNull(s, "path segment"));
            }
            return this;
        }

        /**
         * Sets the path from a raw path string split on {@code /}; empty segments are dropped.
         *
         * @param rawPath for example {@code /v1.0/project/queues}
         * @return this builder
         */
        public Builder path(String rawPath) {
            pathSegments.clear();
            for (String s : rawPath.split("/", -1)) {
                if (!s.isEmpty()) {
                    pathSegments.add(s);
                }
            }
            return this;
        }

        /**
         * Appends a raw query parameter.
         *
         * @param name the name
         * @param value the value; empty is allowed
         * @return this builder
         */
        public Builder addQuery(String name, String value) {
            query.add(Map.entry(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
            return this;
        }

        /**
         * Sets (or replaces) a header.
         *
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Removes a header.
         *
         * @param name the name, any case
         * @return this builder
         */
        public Builder removeHeader(String name) {
            headers.remove(name);
            return this;
        }

        /**
         * Sets the body.
         *
         * @param body the bytes, or {@code null} for none
         * @return this builder
         */
        public Builder body(byte[] body) {
            this.body = body == null ? null : body.clone();
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public SignableRequest build() {
            return new SignableRequest(this);
        }
    }
}
