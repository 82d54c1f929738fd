package io.lakejob.sdk.cloud.internal.http;

import io.lakejob.sdk.exception.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A validated service endpoint: scheme, host, optional port and optional base path (raw
 * segments, prepended to every operation path).
 *
 * @param scheme {@code https} or {@code http}
 * @param host the host name or IP literal (IPv6 in brackets)
 * @param port the explicit port, or -1
 * @param basePath raw path segments before the operation path
 */
public record Endpoint(String scheme, String host, int port, List<String> basePath) {

    /**
     * Copies the base path.
     *
     * @param scheme the scheme
     * @param host the host
     * @param port the port or -1
     * @param basePath the base path segments
     */
    public Endpoint {
        basePath = List.copyOf(basePath);
    }

    /**
     * Parses and checks an endpoint. Rejects user-info, query, fragment, other schemes and, unless
     * allowed, plain {@code http://} to a host other than loopback.
     *
     * @param endpoint the configured endpoint
     * @param allowInsecureHttp whether {@code http://} may go to non-loopback hosts
     * @return the endpoint
     * @throws ConfigurationException when the endpoint is unusable
     */
    public static Endpoint parse(String endpoint, boolean allowInsecureHttp) {
        if (endpoint == null || endpoint.isBlank()) {
            throw new ConfigurationException("The cloud transport needs an https:// endpoint");
        }
        URI uri;
        try {
            uri = new URI(endpoint.trim());
        } catch (URISyntaxException e) {
            throw new ConfigurationException("The endpoint is not a valid URI: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new ConfigurationException("The cloud transport needs an https:// endpoint, not '" + scheme + "'");
        }
        if (uri.getRawUserInfo() != null
                || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            // Do not echo the endpoint: the user-info may hold a password.
            throw new ConfigurationException("The endpoint must not contain user information (user:password@); "
                    + "pass credentials with LakeJobClient.builder().credentials(...)");
        }
        if (uri.getRawQuery() != null) {
            throw new ConfigurationException("The endpoint must not contain a query (?...)");
        }
        if (uri.getRawFragment() != null) {
            throw new ConfigurationException("The endpoint must not contain a fragment (#...)");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            // Not echoed: an unparsable authority may hold anything, a password included.
            throw new ConfigurationException("The endpoint has no valid host name");
        }
        if (uri.getPort() > 65535) {
            throw new ConfigurationException("The endpoint's port is out of range: " + uri.getPort());
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(host)) {
            throw new ConfigurationException("The endpoint " + endpoint.trim()
                    + " uses plain http:// to a host other than loopback, which would send signatures and tokens "
                    + "in clear text; use https://, or set property cloud.allowInsecureHttp=true");
        }
        List<String> base = new ArrayList<>();
        String path = uri.getPath();
        if (path != null) {
            for (String s : path.split("/")) {
                if (!s.isEmpty()) {
                    base.add(s);
                }
            }
        }
        return new Endpoint(scheme, host, uri.getPort(), base);
    }

    /**
     * The URL of a path below this endpoint: scheme, host, port, the base path and then the given
     * raw segments, each percent-encoded once.
     *
     * @param segments raw path segments (not encoded)
     * @return the URL text, without query
     */
    public String url(String... segments) {
        StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
        if (port >= 0) {
            sb.append(':').append(port);
        }
        for (String s : basePath) {
            sb.append('/').append(io.lakejob.sdk.auth.SignableRequest.percentEncode(s));
        }
        for (String s : segments) {
            sb.append('/').append(io.lakejob.sdk.auth.SignableRequest.percentEncode(s));
        }
        return sb.toString();
    }

    /**
     * Whether a host names the loopback interface, judged from its text alone (no DNS).
     *
     * @param host a host name or IP literal
     * @return {@code true} for {@code localhost}, {@code 127.x.x.x} and {@code ::1}
     */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        return h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
