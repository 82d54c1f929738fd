package io.lakejob.sdk.flink.internal;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.flink.FlinkOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The local folders and web locations a request may make this client read or write
 * ({@link FlinkOptions#ALLOWED_LOCATIONS}): upload sources, {@code executeJar}'s local jar, the zip
 * of a Flink job import, the folder of a Flink job or SQL export, a savepoint directory outside the
 * client's own. A local path counts by its real path (symbolic links followed), so a link cannot
 * lead out of an allowed folder; the metadata directory (it holds sensitive variable values) is
 * never allowed. Thread-safe and immutable.
 */
public final class AllowedLocations {
    private final List<Path> folders;
    private final List<URI> urls;
    private final Path metadataDir;
    private final String setting;

    private AllowedLocations(List<Path> folders, List<URI> urls, Path metadataDir, String setting) {
        this.folders = List.copyOf(folders);
        this.urls = List.copyOf(urls);
        this.metadataDir = metadataDir;
        this.setting = setting;
    }

    /**
     * Reads {@link FlinkOptions#ALLOWED_LOCATIONS}.
     *
     * @param properties the client's properties
     * @return the allowed locations
     * @throws ConfigurationException for an entry that is neither an absolute folder nor an
     *     {@code http(s)://host[:port][/path]} location
     */
    static AllowedLocations from(Map<String, String> properties) {
        String key = FlinkOptions.ALLOWED_LOCATIONS;
        String value = properties.get(key);
        String metadata = properties.get(FlinkOptions.METADATA_DIR);
        Path metadataDir = metadata == null || metadata.isBlank()
                ? null
                : Path.of(metadata).toAbsolutePath().normalize();
        List<Path> folders = new ArrayList<>();
        List<URI> urls = new ArrayList<>();
        if (value == null) {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
            folders.add(real(tmp));
            return new AllowedLocations(folders, urls, metadataDir, "the system temp directory " + tmp + " (default)");
        }
        for (String raw : value.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            String lower = entry.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                URI u;
                try {
                    u = URI.create(entry);
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException(key + ": '" + entry + "' is not a URL: " + e.getMessage());
                }
                if (u.getHost() == null || u.getRawUserInfo() != null || u.getRawQuery() != null) {
                    throw new ConfigurationException(
                            key + ": '" + entry + "' must be http(s)://host[:port][/path], without user or query");
                }
                urls.add(u);
                continue;
            }
            Path p;
            try {
                p = lower.startsWith("file:") ? Path.of(URI.create(entry)) : Path.of(entry);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(key + ": '" + entry + "' is not a folder path: " + e.getMessage());
            }
            if (!p.isAbsolute()) {
                throw new ConfigurationException(key + ": '" + entry + "' must be an absolute folder path, a file:"
                        + " URI or an http(s):// location");
            }
            folders.add(real(p.normalize()));
        }
        return new AllowedLocations(folders, urls, metadataDir, key + "=" + value);
    }

    private static Path real(Path p) {
        return LocalPaths.realPath(p.toAbsolutePath().normalize());
    }

    /**
     * Checks a local file or folder a request names.
     *
     * @param field the request field, for the error
     * @param path the path as given (relative ones against the working directory)
     * @param own folders of this client where the path is fine too (a savepoint directory inside
     *     the client's savepoint folder), or none
     * @return the path's real location, to be used instead of the path as given
     * @throws io.lakejob.sdk.exception.ServiceException DLI.0011 when it is outside every allowed folder
     */
    public Path local(String field, Path path, Path... own) {
        Path p = path.toAbsolutePath().normalize();
        Path real = LocalPaths.realPath(p);
        try {
            if (Files.exists(p)) {
                real = p.toRealPath();
            }
        } catch (IOException e) {
            // keep the real path of its deepest existing part
        }
        if (metadataDir != null && real.startsWith(LocalPaths.realPath(metadataDir))) {
            throw LocalErrors.forbidden(
                    field,
                    "'" + path + "' is in the metadata directory, which requests never read or write (whatever "
                            + FlinkOptions.ALLOWED_LOCATIONS + " lists)");
        }
        for (Path f : own) {
            if (f != null
                    && real.startsWith(LocalPaths.realPath(f.toAbsolutePath().normalize()))) {
                return real;
            }
        }
        for (Path f : folders) {
            if (real.startsWith(f)) {
                return real;
            }
        }
        throw LocalErrors.forbidden(
                field,
                "'" + path + "'" + (real.equals(p) ? "" : " (really " + real + ")")
                        + " is outside the folders requests may use (" + describe() + "); add its folder to "
                        + FlinkOptions.ALLOWED_LOCATIONS);
    }

    /**
     * Checks a web location a request names (also each location a download is redirected to).
     *
     * @param field the request field, for the error
     * @param url the URL
     * @throws io.lakejob.sdk.exception.ServiceException DLI.0011 when no allowed location covers it
     */
    public void url(String field, URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        for (URI u : urls) {
            if (u.getScheme().equalsIgnoreCase(scheme)
                    && u.getHost().equalsIgnoreCase(String.valueOf(url.getHost()))
                    && port(u) == port(url)
                    && url.getRawUserInfo() == null
                    && underPath(u.getRawPath(), url.getRawPath())) {
                return;
            }
        }
        throw LocalErrors.forbidden(
                field,
                "'" + withoutQuery(url) + "' is not a location requests may download from (" + describe()
                        + "); add it to " + FlinkOptions.ALLOWED_LOCATIONS);
    }

    private static String withoutQuery(URI u) {
        // A query may carry a signature or token: never echo it.
        String s = u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
        return s + (u.getRawPath() == null ? "" : u.getRawPath());
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static boolean underPath(String prefix, String path) {
        if (prefix == null || prefix.isEmpty() || prefix.equals("/")) {
            return true;
        }
        String p = path == null ? "" : path;
        if (p.contains("/../") || p.endsWith("/..") || p.contains("/./")) {
            return false;
        }
        String base = prefix.endsWith("/") ? prefix : prefix + "/";
        return p.equals(prefix) || p.startsWith(base);
    }

    /** @return the allowed locations, for messages */
    public String describe() {
        if (folders.isEmpty() && urls.isEmpty()) {
            return "none: " + setting;
        }
        return setting;
    }
}
