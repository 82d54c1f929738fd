package io.lakejob.sdk.flink.internal;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.flink.internal.compat.FlinkCompat;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Checks, when a client is built and before any Flink class is touched, that Flink is on the class
 * path and is the line this artifact was built for. Flink is {@code provided}: a user brings it,
 * and a missing module or the other major line would otherwise fail later, mid-job, with a {@code
 * NoClassDefFoundError} or {@code NoSuchMethodError}. Reads only class names and flink-runtime's
 * version resource, so it links no Flink class.
 */
public final class FlinkClassPath {
    /** A class of each Flink artifact the transport needs, by artifact. */
    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("flink-clients", "org.apache.flink.client.program.ClusterClient");
        REQUIRED.put("flink-table-api-java-bridge", "org.apache.flink.table.api.bridge.java.StreamTableEnvironment");
        REQUIRED.put("flink-table-planner-loader", "org.apache.flink.table.planner.loader.DelegatePlannerFactory");
        REQUIRED.put("flink-table-runtime", "org.apache.flink.table.runtime.generated.CompileUtils");
        REQUIRED.put("flink-connector-files", "org.apache.flink.connector.file.table.FileSystemTableFactory");
        REQUIRED.put("flink-csv", "org.apache.flink.formats.csv.CsvFormatFactory");
        REQUIRED.put("flink-json", "org.apache.flink.formats.json.JsonFormatFactory");
    }

    private FlinkClassPath() {}

    /**
     * Checks the class path of a class loader.
     *
     * @param loader the class loader the transport's classes come from
     * @throws ConfigurationException naming the artifacts to add, or the SDK artifact to use instead
     */
    public static void check(ClassLoader loader) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : REQUIRED.entrySet()) {
            try {
                Class.forName(e.getValue(), false, loader);
            } catch (ClassNotFoundException | LinkageError ex) {
                missing.add("org.apache.flink:" + e.getKey());
            }
        }
        String version = flinkVersion(loader);
        if (version != null) {
            int major = major(version);
            if (major > 0 && major != FlinkCompat.FLINK_MAJOR) {
                throw new ConfigurationException(FlinkCompat.ARTIFACT + " is built for Flink " + FlinkCompat.FLINK_MAJOR
                        + ".x, but Flink " + version + " is on the class path: use " + artifactFor(major)
                        + " (same version as the other LakeJob modules) for Flink " + major + ".x");
            }
        }
        if (!missing.isEmpty()) {
            String v = version != null ? version : FlinkCompat.FLINK_MAJOR == 1 ? "1.20.1" : "2.3.0";
            throw new ConfigurationException("The Flink transport needs Flink on the class path (it is provided, so the"
                    + " version matches your clusters); missing: " + String.join(", ", missing) + " (version " + v
                    + " for " + FlinkCompat.ARTIFACT + "; see the README's dependency snippets)");
        }
    }

    /**
     * The version of flink-runtime on a class path, from its version resource.
     *
     * @param loader the class loader
     * @return for example {@code 1.20.1}, or {@code null} when flink-runtime is absent
     */
    static String flinkVersion(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(".flink-runtime.version.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("project.version");
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The version of the Flink this SDK runs with, for messages that tell users which artifact
     * version to add.
     *
     * @return for example {@code 2.3.0}, or {@code <your Flink version>} when it cannot be read
     */
    public static String runningFlinkVersion() {
        String v = flinkVersion(FlinkClassPath.class.getClassLoader());
        return v == null || v.isBlank() || v.startsWith("<") ? "<your Flink version>" : v;
    }

    /** @return the major version of a version string, or 0 when it does not start with one */
    static int major(String version) {
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** @return the SDK artifact for a Flink major line */
    static String artifactFor(int major) {
        return major >= 2 ? "io.lakejob:lakejob-sdk-flink2" : "io.lakejob:lakejob-sdk-flink";
    }
}
