package io.lakejob.sdk.internal;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.spi.TransportProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the one transport provider for an endpoint. Strict: an explicit name wins; otherwise
 * exactly one installed provider must accept the endpoint. None, or two, is an error that says
 * which module to add or which name to pick. Not part of the public API.
 */
public final class TransportLoader {
    private TransportLoader() {}

    /**
     * The providers installed on the class path.
     *
     * @return the providers, in class path order
     */
    public static List<TransportProvider> installed() {
        List<TransportProvider> out = new ArrayList<>();
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = TransportLoader.class.getClassLoader();
        }
        try {
            for (TransportProvider p : ServiceLoader.load(TransportProvider.class, cl)) {
                out.add(p);
            }
        } catch (ServiceConfigurationError e) {
            throw new ConfigurationException("A transport provider on the class path could not be loaded", e);
        }
        return out;
    }

    /**
     * Picks the provider.
     *
     * @param endpoint the endpoint
     * @param name the provider name the user chose, or {@code null}
     * @param candidates the installed providers
     * @return the provider
     * @throws ConfigurationException when none or more than one match
     */
    public static TransportProvider find(String endpoint, String name, List<TransportProvider> candidates) {
        if (name != null) {
            List<TransportProvider> named =
                    candidates.stream().filter(p -> p.name().equals(name)).collect(Collectors.toList());
            if (named.isEmpty()) {
                throw new ConfigurationException("No transport named '" + name + "' is on the class path; installed: "
                        + describe(candidates) + ". " + hint());
            }
            if (named.size() > 1) {
                throw new ConfigurationException("More than one transport named '" + name + "' is on the class path: "
                        + classes(named) + "; remove the duplicate module");
            }
            TransportProvider p = named.get(0);
            if (!p.isCompatibleWith(endpoint)) {
                throw new ConfigurationException("transport '" + name + "' and endpoint '" + safe(endpoint)
                        + "' contradict each other: " + p.describe());
            }
            return p;
        }
        List<TransportProvider> matching =
                candidates.stream().filter(p -> p.isCompatibleWith(endpoint)).collect(Collectors.toList());
        if (matching.isEmpty()) {
            throw noMatch(endpoint, candidates);
        }
        if (matching.size() > 1) {
            throw new ConfigurationException("Endpoint '" + safe(endpoint) + "' is served by more than one transport: "
                    + describe(matching) + "; pick one with LakeJobClient.builder().transport(name)");
        }
        return matching.get(0);
    }

    /** The SDK's own transport modules: provider name, artifact, endpoint prefixes, forms. */
    private record Module(String name, String artifact, List<String> prefixes, String forms) {}

    private static final List<Module> MODULES = List.of(
            new Module(
                    "cloud",
                    "io.lakejob:lakejob-sdk-cloud",
                    List.of("https://", "http://"),
                    "https://host[:port][/base-path]"),
            new Module(
                    "flink",
                    "io.lakejob:lakejob-sdk-flink",
                    List.of("flink:"),
                    "flink:local or flink:standalone://host:port"));

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):.*", Pattern.DOTALL);

    /** A leading run of scheme-like characters and the ':' and '/' after them. */
    private static final Pattern HEAD = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*[:/]*");

    /**
     * No installed provider accepts the endpoint. Either its form belongs to one of the SDK's modules
     * that is not on the class path (then: add it), or the endpoint is misspelled (then: say so, with
     * the likely intended form, and list the accepted forms).
     */
    private static ConfigurationException noMatch(String endpoint, List<TransportProvider> candidates) {
        String e = endpoint.trim();
        for (Module m : MODULES) {
            if (m.prefixes().stream().anyMatch(p -> e.regionMatches(true, 0, p, 0, p.length()))
                    && candidates.stream().noneMatch(p -> p.name().equals(m.name()))) {
                return new ConfigurationException("No transport on the class path serves endpoint '" + safe(endpoint)
                        + "'" + (candidates.isEmpty() ? "" : "; installed: " + describe(candidates)) + ". Add "
                        + m.artifact() + " for " + m.forms() + " endpoints");
            }
        }
        Matcher scheme = SCHEME.matcher(e);
        String what;
        if (!scheme.matches()) {
            what = "has no scheme";
        } else if (MODULES.stream()
                .flatMap(m -> m.prefixes().stream())
                .anyMatch(p -> p.regionMatches(
                        true, 0, scheme.group(1) + ":", 0, scheme.group(1).length() + 1))) {
            what = "is malformed";
        } else {
            what = "has an unknown scheme '" + scheme.group(1) + "'";
        }
        String suggestion = suggest(e);
        if (what.equals("has no scheme") && suggestion != null) {
            what = "is malformed";
        }
        List<String> forms = new ArrayList<>();
        for (TransportProvider p : candidates) {
            forms.add(p.describe());
        }
        for (Module m : MODULES) {
            if (candidates.stream().noneMatch(p -> p.name().equals(m.name()))) {
                forms.add(m.forms() + " with " + m.artifact() + " (not on the class path)");
            }
        }
        return new ConfigurationException("Endpoint '" + safe(endpoint) + "' " + what
                + (suggestion == null ? "" : " (did you mean '" + safe(suggestion) + "'?)") + ". Accepted forms: "
                + String.join("; ", forms));
    }

    /** The endpoint with its misspelled scheme replaced by the closest accepted prefix, or null. */
    private static String suggest(String endpoint) {
        Matcher head = HEAD.matcher(endpoint);
        if (!head.lookingAt()) {
            return null;
        }
        String h = head.group();
        List<String> prefixes =
                MODULES.stream().flatMap(m -> m.prefixes().stream()).collect(Collectors.toList());
        String best = Spelling.closest(h, prefixes);
        if (best == null) {
            // A scheme-like word followed by a host ("https//host" keeps its slashes in the head).
            return null;
        }
        return best + endpoint.substring(h.length());
    }

    private static String hint() {
        return "Add io.lakejob:lakejob-sdk-cloud for https:// endpoints or io.lakejob:lakejob-sdk-flink for flink: endpoints";
    }

    /** The endpoint without user information (it may hold a password). */
    private static String safe(String endpoint) {
        return endpoint.replaceAll("(?<=//)[^/@?#]*@", "***@");
    }

    private static String describe(List<TransportProvider> providers) {
        return providers.stream().map(p -> p.name() + " (" + p.describe() + ")").collect(Collectors.joining(", "));
    }

    private static String classes(List<TransportProvider> providers) {
        return providers.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", "));
    }
}
