package io.lakejob.sdk.internal;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.spi.TransportProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
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
                throw new ConfigurationException("transport '" + name + "' and endpoint '" + endpoint
                        + "' contradict each other: " + p.describe());
            }
            return p;
        }
        List<TransportProvider> matching =
                candidates.stream().filter(p -> p.isCompatibleWith(endpoint)).collect(Collectors.toList());
        if (matching.isEmpty()) {
            throw new ConfigurationException("No transport on the class path serves endpoint '" + endpoint + "'"
                    + (candidates.isEmpty() ? "" : "; installed: " + describe(candidates)) + ". " + hint());
        }
        if (matching.size() > 1) {
            throw new ConfigurationException("Endpoint '" + endpoint + "' is served by more than one transport: "
                    + describe(matching) + "; pick one with LakeJobClient.builder().transport(name)");
        }
        return matching.get(0);
    }

    private static String hint() {
        return "Add io.lakejob:lakejob-sdk-cloud for https:// endpoints or io.lakejob:lakejob-sdk-flink for flink: endpoints";
    }

    private static String describe(List<TransportProvider> providers) {
        return providers.stream().map(p -> p.name() + " (" + p.describe() + ")").collect(Collectors.joining(", "));
    }

    private static String classes(List<TransportProvider> providers) {
        return providers.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", "));
    }
}
