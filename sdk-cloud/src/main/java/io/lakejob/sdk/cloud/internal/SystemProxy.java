package io.lakejob.sdk.cloud.internal;

import io.lakejob.sdk.cloud.CloudOptions;
import io.lakejob.sdk.spi.ClientConfiguration;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The proxy the REST transport uses, in this order of precedence:
 *
 * <ol>
 *   <li>the client's own ({@link CloudOptions#PROXY_HOST}, for example set by
 *       {@code CloudProxy.applyTo}); then
 *   <li>the JVM's system properties ({@link CloudOptions#PROXY_USE_SYSTEM_PROPERTIES}):
 *       {@code https.proxyHost}/{@code https.proxyPort} (default port 443) for an {@code https://}
 *       endpoint, {@code http.proxyHost}/{@code http.proxyPort} (default port 80) for
 *       {@code http://}, skipped for hosts matching {@code http.nonProxyHosts} ({@code |}-separated,
 *       {@code *} at either end; by default, as in the JDK, {@code localhost|127.*|[::1]}); then
 *   <li>the environment ({@link CloudOptions#PROXY_USE_ENVIRONMENT}): {@code HTTPS_PROXY} (or
 *       {@code https_proxy}) for {@code https://}, {@code HTTP_PROXY} (or {@code http_proxy}) for
 *       {@code http://}, an {@code http://[user:password@]host[:port]} URL (port 80 by default),
 *       skipped for hosts matching {@code NO_PROXY} / {@code no_proxy} (comma-separated host names,
 *       each also matching its subdomains, a leading {@code .} or {@code *.} allowed, optionally with
 *       {@code :port}; IP addresses exactly; {@code *} for every host) and always for loopback hosts.
 * </ol>
 *
 * <p>The password of a proxy URL is a secret: it is never logged, echoed in a message or printed. A
 * value that cannot be used (a malformed URL, a {@code socks5://} or {@code https://} proxy, a port
 * out of range) is logged as a warning naming the setting, not its value, and skipped.
 */
public final class SystemProxy {
    private static final Logger LOG = LoggerFactory.getLogger(SystemProxy.class);

    /** Where the transport reads system properties and environment variables (a seam for tests). */
    public interface Lookup {
        /** The JVM's own. */
        Lookup SYSTEM = new Lookup() {
            @Override
            public String property(String name) {
                return System.getProperty(name);
            }

            @Override
            public String environment(String name) {
                return System.getenv(name);
            }
        };

        /**
         * A lookup over two functions.
         *
         * @param properties system properties
         * @param environment environment variables
         * @return the lookup
         */
        static Lookup of(UnaryOperator<String> properties, UnaryOperator<String> environment) {
            return new Lookup() {
                @Override
                public String property(String name) {
                    return properties.apply(name);
                }

                @Override
                public String environment(String name) {
                    return environment.apply(name);
                }
            };
        }

        /**
         * A system property.
         *
         * @param name the name
         * @return the value, or {@code null}
         */
        String property(String name);

        /**
         * An environment variable.
         *
         * @param name the name
         * @return the value, or {@code null}
         */
        String environment(String name);
    }

    /**
     * The proxy chosen.
     *
     * @param host the proxy host
     * @param port the proxy port
     * @param username the user name, or {@code null}
     * @param password the password, or {@code null}
     * @param source where it was configured, for example {@code HTTPS_PROXY}
     */
    public record Choice(String host, int port, String username, String password, String source) {
        @Override
        public String toString() {
            return "Proxy[" + host + ":" + port + (username == null ? "" : ", user=" + username + ", password=***")
                    + ", from " + source + "]";
        }
    }

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]+\\]");

    private SystemProxy() {}

    /**
     * The proxy for an endpoint.
     *
     * @param configuration the client configuration
     * @param endpoint the endpoint
     * @param lookup where system properties and environment variables are read
     * @return the proxy, or empty for a direct connection
     */
    public static Optional<Choice> choose(ClientConfiguration configuration, Endpoint endpoint, Lookup lookup) {
        String host = configuration.property(CloudOptions.PROXY_HOST, null);
        if (host != null && !host.isBlank()) {
            int port = Resilience.intProperty(configuration, CloudOptions.PROXY_PORT, 8080, 1, 65_535);
            String user = configuration.property(CloudOptions.PROXY_USERNAME, null);
            return Optional.of(new Choice(
                    host.trim(),
                    port,
                    user == null || user.isBlank() ? null : user,
                    user == null || user.isBlank() ? null : configuration.property(CloudOptions.PROXY_PASSWORD, ""),
                    CloudOptions.PROXY_HOST));
        }
        boolean https = endpoint.scheme().equalsIgnoreCase("https");
        String target = endpoint.host();
        int targetPort = endpoint.port() > 0 ? endpoint.port() : https ? 443 : 80;
        if (flag(configuration, CloudOptions.PROXY_USE_SYSTEM_PROPERTIES)) {
            Optional<Choice> c = fromProperties(lookup, https ? "https" : "http", https ? 443 : 80, target);
            if (c.isPresent()) {
                return c;
            }
        }
        if (flag(configuration, CloudOptions.PROXY_USE_ENVIRONMENT)) {
            return fromEnvironment(lookup, https ? "HTTPS_PROXY" : "HTTP_PROXY", target, targetPort);
        }
        return Optional.empty();
    }

    private static boolean flag(ClientConfiguration c, String key) {
        return !"false".equalsIgnoreCase(c.property(key, "true").trim());
    }

    private static Optional<Choice> fromProperties(Lookup lookup, String prefix, int defaultPort, String target) {
        String hostKey = prefix + ".proxyHost";
        String host = trim(lookup.property(hostKey));
        if (host == null) {
            return Optional.empty();
        }
        if (!HOST.matcher(host).matches()) {
            LOG.warn("The system property {} is not a host name; it is ignored", hostKey);
            return Optional.empty();
        }
        String portKey = prefix + ".proxyPort";
        String rawPort = trim(lookup.property(portKey));
        int port = defaultPort;
        if (rawPort != null) {
            port = port(rawPort);
            if (port < 0) {
                LOG.warn("The system property {} is not a port (1-65535); the proxy {} is ignored", portKey, hostKey);
                return Optional.empty();
            }
        }
        String nonProxy = lookup.property("http.nonProxyHosts");
        if (nonProxy == null) {
            nonProxy = "localhost|127.*|[::1]";
        }
        if (matchesNonProxyHosts(target, nonProxy)) {
            LOG.debug("{} matches http.nonProxyHosts: no proxy", target);
            return Optional.empty();
        }
        return Optional.of(new Choice(host, port, null, null, "system property " + hostKey));
    }

    private static Optional<Choice> fromEnvironment(Lookup lookup, String name, String target, int targetPort) {
        String variable = name;
        String raw = trim(lookup.environment(name));
        if (raw == null) {
            variable = name.toLowerCase(Locale.ROOT);
            raw = trim(lookup.environment(variable));
        }
        if (raw == null) {
            return Optional.empty();
        }
        if (loopback(target)) {
            return Optional.empty();
        }
        String noProxyName = "NO_PROXY";
        String noProxy = trim(lookup.environment(noProxyName));
        if (noProxy == null) {
            noProxyName = "no_proxy";
            noProxy = trim(lookup.environment(noProxyName));
        }
        if (noProxy != null && matchesNoProxy(target, targetPort, noProxy)) {
            LOG.debug("{} matches {}: no proxy", target, noProxyName);
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(raw.contains("://") ? raw : "http://" + raw);
        } catch (URISyntaxException e) {
            // Never the value: it may hold a password.
            LOG.warn("The environment variable {} is not a proxy URL; it is ignored", variable);
            return Optional.empty();
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            LOG.warn(
                    "The environment variable {} names a {} proxy; only http:// proxies are supported, so it is ignored",
                    variable,
                    uri.getScheme());
            return Optional.empty();
        }
        String host = uri.getHost();
        if (host == null || !HOST.matcher(host).matches()) {
            LOG.warn("The environment variable {} has no usable proxy host; it is ignored", variable);
            return Optional.empty();
        }
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        String user = null;
        String password = null;
        String info = uri.getRawUserInfo();
        if (info != null && !info.isEmpty()) {
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? "" : decode(info.substring(colon + 1));
        }
        return Optional.of(new Choice(host, port, user, password, "environment variable " + variable));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    private static int port(String raw) {
        try {
            int p = Integer.parseInt(raw);
            return p >= 1 && p <= 65_535 ? p : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    /** The JDK's {@code http.nonProxyHosts}: {@code |}-separated, {@code *} at the start or end. */
    static boolean matchesNonProxyHosts(String host, String patterns) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String p : patterns.split("\\|")) {
            String q = p.trim().toLowerCase(Locale.ROOT);
            if (q.isEmpty()) {
                continue;
            }
            if (q.equals("*")) {
                return true;
            }
            boolean matched;
            if (q.startsWith("*") && q.endsWith("*") && q.length() > 1) {
                matched = h.contains(q.substring(1, q.length() - 1));
            } else if (q.startsWith("*")) {
                matched = h.endsWith(q.substring(1));
            } else if (q.endsWith("*")) {
                matched = h.startsWith(q.substring(0, q.length() - 1));
            } else {
                matched = h.equals(q);
            }
            if (matched) {
                return true;
            }
        }
        return false;
    }

    /**
     * curl's {@code NO_PROXY}: comma-separated; {@code *} matches everything; a name matches itself
     * and its subdomains (a leading {@code .} or {@code *.} is ignored); an entry may end with
     * {@code :port}.
     */
    static boolean matchesNoProxy(String host, int port, String list) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        for (String entry : list.split(",")) {
            String e = entry.trim().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) {
                continue;
            }
            if (e.equals("*")) {
                return true;
            }
            int entryPort = -1;
            int colon = e.lastIndexOf(':');
            if (colon > 0 && e.indexOf(':') == colon && !e.endsWith("]")) {
                entryPort = port(e.substring(colon + 1));
                e = e.substring(0, colon);
            } else if (e.startsWith("[") && e.contains("]:")) {
                entryPort = port(e.substring(e.indexOf("]:") + 2));
                e = e.substring(0, e.indexOf("]:") + 1);
            }
            if (e.startsWith("[") && e.endsWith("]")) {
                e = e.substring(1, e.length() - 1);
            }
            if (e.startsWith("*.")) {
                e = e.substring(2);
            } else if (e.startsWith(".")) {
                e = e.substring(1);
            }
            if (entryPort > 0 && entryPort != port) {
                continue;
            }
            if (h.equals(e) || h.endsWith("." + e)) {
                return true;
            }
        }
        return false;
    }
}
