package io.lakejob.sdk.flink.internal.target;

import io.lakejob.sdk.exception.ConfigurationException;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where jobs run, parsed from the endpoint: {@code flink:local} (an embedded cluster) or
 * {@code flink:standalone://host:port} (a session cluster's REST endpoint).
 *
 * @param kind {@code local} or {@code standalone}
 * @param host the REST host of a standalone cluster, else {@code null}
 * @param port the REST port of a standalone cluster, else -1
 */
public record FlinkTarget(String kind, String host, int port) {
    private static final Pattern STANDALONE =
            Pattern.compile("flink:standalone://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+):([0-9]{1,5})/?");

    /** @return whether jobs run on an embedded cluster */
    public boolean isLocal() {
        return kind.equals("local");
    }

    /**
     * Parses an endpoint.
     *
     * @param endpoint the endpoint
     * @return the target
     * @throws ConfigurationException for a form this transport does not know
     */
    public static FlinkTarget parse(String endpoint) {
        String e = endpoint.trim();
        if (e.toLowerCase(Locale.ROOT).equals("flink:local")) {
            return new FlinkTarget("local", null, -1);
        }
        Matcher m = STANDALONE.matcher(e);
        if (m.matches()) {
            int port = Integer.parseInt(m.group(2));
            if (port < 1 || port > 65535) {
                throw new ConfigurationException("Port out of range in endpoint '" + endpoint + "'");
            }
            return new FlinkTarget("standalone", m.group(1), port);
        }
        throw new ConfigurationException(
                "Unknown Flink endpoint '" + endpoint + "': use flink:local or flink:standalone://host:port");
    }

    /**
     * The REST address of a standalone target.
     *
     * @return the URI
     */
    public URI restAddress() {
        return URI.create("http://" + host + ":" + port);
    }
}
