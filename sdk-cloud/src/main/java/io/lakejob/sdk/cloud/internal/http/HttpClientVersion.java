package io.lakejob.sdk.cloud.internal.http;

import io.lakejob.sdk.exception.ConfigurationException;
import java.io.InputStream;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Checks, before the transport touches HttpClient, that the Apache HttpClient 5 on the class path is
 * one it runs on: httpclient5 {@value #MIN_HTTPCLIENT5} or later with httpcore5 {@value
 * #MIN_HTTPCORE5} or later. With an older one (Spring Boot 3.3 manages httpclient5 5.3.1 and
 * httpcore5 5.2.x, Spring Boot 3.4 httpclient5 5.4.x) the transport would fail later, with a
 * {@code NoClassDefFoundError} or {@code NoSuchMethodError} from deep inside; this check fails the
 * client's {@code build()} with a {@link ConfigurationException} that names the versions to use.
 *
 * <p>It probes the newest API that the transport calls and that HttpClient calls in httpcore5, not
 * version strings, which a repackaged jar may lack: {@code ClientTlsStrategyBuilder.buildClassic()}
 * (new in httpclient5 5.5; {@code TlsSocketStrategy} is 5.4) and the constructor {@code
 * DefaultHttpRequestWriterFactory(Http1Config)} (httpcore5 5.3, which httpclient5 5.5 calls when it
 * builds a connection), and httpcore5-h2's {@code HttpVersionPolicy}, which the classic client
 * loads too. Versions are read only to word the message. A success is remembered for
 * the class loader's life. {@code HttpClientMinimumVersionTest} runs the transport in child JVMs
 * on these minimums (it works) and on older versions (refused with this message).
 */
public final class HttpClientVersion {
    /** The oldest httpclient5 the transport runs on. */
    public static final String MIN_HTTPCLIENT5 = "5.5";

    /** The oldest httpcore5 that httpclient5 {@value #MIN_HTTPCLIENT5} runs on. */
    public static final String MIN_HTTPCORE5 = "5.3";

    /** The httpcore5 that httpclient5 {@value #MIN_HTTPCLIENT5} declares, the one to pick. */
    public static final String PAIRED_HTTPCORE5 = "5.3.4";

    private static final String CLIENT_ARTIFACT = "org.apache.httpcomponents.client5:httpclient5";
    private static final String CORE_ARTIFACT = "org.apache.httpcomponents.core5:httpcore5";
    private static final String CLIENT_PROBE = "org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder";
    private static final String CORE_PROBE = "org.apache.hc.core5.http.impl.io.DefaultHttpRequestWriterFactory";
    private static final String CORE_PROBE_PARAMETER = "org.apache.hc.core5.http.config.Http1Config";
    private static final String H2_PROBE = "org.apache.hc.core5.http2.HttpVersionPolicy";

    private static volatile boolean compatible;

    private HttpClientVersion() {}

    /**
     * Fails unless the HttpClient 5 this class sees is one the transport runs on.
     *
     * @throws ConfigurationException naming the artifacts and versions to use
     */
    public static void check() {
        if (compatible) {
            return;
        }
        String problem = problem(HttpClientVersion.class.getClassLoader());
        if (problem != null) {
            throw new ConfigurationException(problem);
        }
        compatible = true;
    }

    /**
     * What is wrong with the HttpClient 5 that a class loader sees.
     *
     * @param loader the class loader that loads the transport
     * @return the message for the user, or {@code null} when it is fine
     */
    static String problem(ClassLoader loader) {
        Class<?> clientProbe = load(CLIENT_PROBE, loader);
        Class<?> coreProbe = load(CORE_PROBE, loader);
        if (clientProbe == null) {
            return "The cloud transport (io.lakejob:lakejob-sdk-cloud) needs Apache HttpClient 5 on the class path: "
                    + CLIENT_ARTIFACT + " " + MIN_HTTPCLIENT5 + " or later, with " + CORE_ARTIFACT + " "
                    + PAIRED_HTTPCORE5 + " or later. It comes with lakejob-sdk-cloud unless it was excluded.";
        }
        boolean clientOk = hasMethod(clientProbe, "buildClassic");
        boolean coreOk = coreProbe != null && hasConstructor(coreProbe, CORE_PROBE_PARAMETER, loader);
        boolean h2Ok = load(H2_PROBE, loader) != null;
        if (clientOk && coreOk && h2Ok) {
            return null;
        }
        List<String> found = new ArrayList<>();
        if (!clientOk) {
            found.add("httpclient5 " + version(loader, "org/apache/hc/client5/version.properties") + " ("
                    + location(clientProbe) + ")");
        }
        if (!coreOk) {
            found.add("httpcore5 "
                    + version(loader, "org/apache/hc/core5/version.properties")
                    + (coreProbe == null ? "" : " (" + location(coreProbe) + ")"));
        }
        if (!h2Ok) {
            found.add("no httpcore5-h2");
        }
        return "The cloud transport (io.lakejob:lakejob-sdk-cloud) needs " + CLIENT_ARTIFACT + " "
                + MIN_HTTPCLIENT5 + " or later with " + CORE_ARTIFACT + " " + MIN_HTTPCORE5
                + " or later (and " + CORE_ARTIFACT + "-h2 of the same version); the class path has "
                + String.join(" and ", found) + ". Use httpclient5 "
                + MIN_HTTPCLIENT5 + " with httpcore5 " + PAIRED_HTTPCORE5
                + " (or later). With Spring Boot's dependency management (3.3 and 3.4 manage older ones), set "
                + "the properties httpclient5.version=" + MIN_HTTPCLIENT5 + " and httpcore5.version="
                + PAIRED_HTTPCORE5 + ".";
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static boolean hasMethod(Class<?> type, String name) {
        try {
            type.getMethod(name);
            return true;
        } catch (NoSuchMethodException | LinkageError e) {
            return false;
        }
    }

    private static boolean hasConstructor(Class<?> type, String parameterType, ClassLoader loader) {
        Class<?> parameter = load(parameterType, loader);
        if (parameter == null) {
            return false;
        }
        try {
            type.getConstructor(parameter);
            return true;
        } catch (NoSuchMethodException | LinkageError e) {
            return false;
        }
    }

    /** The release in HttpComponents' version resource, or "(version unknown)". */
    private static String version(ClassLoader loader, String resource) {
        URL url = loader == null ? ClassLoader.getSystemResource(resource) : loader.getResource(resource);
        if (url == null) {
            return "(version unknown)";
        }
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(in);
        } catch (Exception e) {
            return "(version unknown)";
        }
        return p.getProperty("info.release", "(version unknown)").trim();
    }

    private static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null
                ? "location unknown"
                : source.getLocation().toString();
    }
}
