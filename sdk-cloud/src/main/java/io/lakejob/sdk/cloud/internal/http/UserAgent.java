package io.lakejob.sdk.cloud.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The {@code User-Agent}: {@code lakejob-sdk-java/<version>}, plus the user's suffix. */
public final class UserAgent {
    /** The SDK version, from the build. */
    static final String VERSION = loadVersion();

    private UserAgent() {}

    public static String of(String suffix) {
        return "lakejob-sdk-java/" + VERSION + (suffix == null || suffix.isBlank() ? "" : " " + suffix.trim());
    }

    private static String loadVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.contains("${")) {
                    return v.trim();
                }
            }
        } catch (IOException e) {
            // fall through
        }
        String v = UserAgent.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
