package io.lakejob.sdk.auth;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.ValidationException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default credentials, project id, region and endpoint of a client, looked up in this order
 * (the first place that has a value wins, each setting on its own):
 *
 * <ol>
 *   <li>Java system properties: {@value #PROPERTY_ACCESS_KEY}, {@value #PROPERTY_SECRET_KEY},
 *       {@value #PROPERTY_SECURITY_TOKEN}, {@value #PROPERTY_PROJECT_ID}, {@value #PROPERTY_REGION},
 *       {@value #PROPERTY_ENDPOINT};
 *   <li>the SDK's environment variables: {@value #ENV_ACCESS_KEY}, {@value #ENV_SECRET_KEY},
 *       {@value #ENV_SECURITY_TOKEN}, {@value #ENV_PROJECT_ID}, {@value #ENV_REGION},
 *       {@value #ENV_ENDPOINT};
 *   <li>the official Huawei Cloud SDK's environment variables: {@value #HUAWEICLOUD_ACCESS_KEY},
 *       {@value #HUAWEICLOUD_SECRET_KEY}, {@value #HUAWEICLOUD_SECURITY_TOKEN},
 *       {@value #HUAWEICLOUD_PROJECT_ID};
 *   <li>a profile of the SDK's credentials file, {@code ~/.lakejob/credentials} (another file with
 *       {@value #PROPERTY_CREDENTIALS_FILE} or {@value #ENV_CREDENTIALS_FILE}): the profile named by
 *       {@link Builder#profile(String)}, else {@value #PROPERTY_PROFILE}, else
 *       {@value #ENV_PROFILE}, else {@value #DEFAULT_PROFILE}; keys {@code ak}, {@code sk},
 *       {@code security_token}, {@code project_id}, {@code region}, {@code endpoint};
 *   <li>the section {@code [basic]} of the official SDK's credentials file,
 *       {@code ~/.huaweicloud/credentials} (another file with
 *       {@value #HUAWEICLOUD_CREDENTIALS_FILE}); keys {@code ak}, {@code sk},
 *       {@code security_token}, {@code project_id}.
 * </ol>
 *
 * <p>The credentials file is INI-like, one profile per section:
 *
 * <pre>
 * # ~/.lakejob/credentials  (chmod 600)
 * [default]
 * ak = AK...
 * sk = ...
 * project_id = 48cc2c48765f481480c7db940d6409d1
 * region = cn-north-4
 *
 * [staging]
 * ak = ...
 * sk = ...
 * security_token = ...
 * endpoint = https://dli.example.internal
 * </pre>
 *
 * <p>Lines starting with {@code #} or {@code ;} are comments; keys are case-insensitive; values are
 * trimmed. A file that others than its owner may read is used, with a warning (once per version of
 * the file) telling to {@code chmod 600} it.
 *
 * <p><b>Credentials</b> come whole from one place: an access key without its secret key (or the
 * reverse) in one place is an error naming both settings, not a reason to look further. Blank
 * values count as unset. A profile named explicitly (builder, {@value #PROPERTY_PROFILE} or
 * {@value #ENV_PROFILE}) that the file does not hold is an error. When no place has credentials,
 * {@link #resolve()} fails with a {@link ConfigurationException} listing every place it looked, in
 * order; no message, log line or {@code toString()} of this class holds a secret.
 *
 * <p><b>Rotation:</b> the credentials found are cached; after {@link Builder#refreshInterval}
 * (default {@value #DEFAULT_REFRESH_SECONDS} s) the next {@link #resolve()} looks again. A file is
 * read again only when its modification time, size or identity changed, so a rewritten file (for
 * example new temporary credentials written by another process) is picked up within the interval,
 * and at once after the service rejects the old ones ({@link #invalidate}). When looking again
 * fails (a file half written, a file removed) after credentials were found once, the previous ones
 * are kept and a warning is logged.
 *
 * <p><b>Endpoint:</b> {@link #endpoint()} is the first {@code endpoint} setting, else
 * {@code https://dli.<region>.myhuaweicloud.com} for the first {@code region} setting. The client
 * builder uses it when it is given no endpoint, and the project id when it is given no project id,
 * but only when it was given no credentials either (or this chain as its provider): explicit
 * credentials never mix with settings from the environment.
 *
 * <p>Thread-safe. {@link #create()} reads the real system properties, environment and home
 * folder; the {@link Builder} takes others (tests, or a command line that chose a profile).
 */
public final class DefaultCredentialsChain implements CredentialsProvider {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultCredentialsChain.class);

    /** System property: the access key. */
    public static final String PROPERTY_ACCESS_KEY = "lakejob.accessKey";
    /** System property: the secret key. */
    public static final String PROPERTY_SECRET_KEY = "lakejob.secretKey";
    /** System property: the security token of temporary credentials. */
    public static final String PROPERTY_SECURITY_TOKEN = "lakejob.securityToken";
    /** System property: the project id. */
    public static final String PROPERTY_PROJECT_ID = "lakejob.projectId";
    /** System property: the region, for example {@code cn-north-4}. */
    public static final String PROPERTY_REGION = "lakejob.region";
    /** System property: the endpoint. */
    public static final String PROPERTY_ENDPOINT = "lakejob.endpoint";
    /** System property: the profile of the credentials file. */
    public static final String PROPERTY_PROFILE = "lakejob.profile";
    /** System property: the credentials file instead of {@code ~/.lakejob/credentials}. */
    public static final String PROPERTY_CREDENTIALS_FILE = "lakejob.credentialsFile";

    /** Environment variable: the access key. */
    public static final String ENV_ACCESS_KEY = "LAKEJOB_AK";
    /** Environment variable: the secret key. */
    public static final String ENV_SECRET_KEY = "LAKEJOB_SK";
    /** Environment variable: the security token of temporary credentials. */
    public static final String ENV_SECURITY_TOKEN = "LAKEJOB_SECURITY_TOKEN";
    /** Environment variable: the project id. */
    public static final String ENV_PROJECT_ID = "LAKEJOB_PROJECT_ID";
    /** Environment variable: the region. */
    public static final String ENV_REGION = "LAKEJOB_REGION";
    /** Environment variable: the endpoint. */
    public static final String ENV_ENDPOINT = "LAKEJOB_ENDPOINT";
    /** Environment variable: the profile of the credentials file. */
    public static final String ENV_PROFILE = "LAKEJOB_PROFILE";
    /** Environment variable: the credentials file instead of {@code ~/.lakejob/credentials}. */
    public static final String ENV_CREDENTIALS_FILE = "LAKEJOB_CREDENTIALS_FILE";

    /** The official SDK's environment variable for the access key. */
    public static final String HUAWEICLOUD_ACCESS_KEY = "HUAWEICLOUD_SDK_AK";
    /** The official SDK's environment variable for the secret key. */
    public static final String HUAWEICLOUD_SECRET_KEY = "HUAWEICLOUD_SDK_SK";
    /** The official SDK's environment variable for the security token. */
    public static final String HUAWEICLOUD_SECURITY_TOKEN = "HUAWEICLOUD_SDK_SECURITY_TOKEN";
    /** The official SDK's environment variable for the project id. */
    public static final String HUAWEICLOUD_PROJECT_ID = "HUAWEICLOUD_SDK_PROJECT_ID";
    /** The official SDK's environment variable for its credentials file. */
    public static final String HUAWEICLOUD_CREDENTIALS_FILE = "HUAWEICLOUD_SDK_CREDENTIALS_FILE";

    /** The profile used when none is named. */
    public static final String DEFAULT_PROFILE = "default";

    /** The default {@link Builder#refreshInterval}, in seconds. */
    public static final long DEFAULT_REFRESH_SECONDS = 10;

    private static final int MAX_FILE_BYTES = 1024 * 1024;
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]{1,20}){1,3}-[0-9]{1,3}");
    private static final Pattern PROFILE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    static final String AK = "ak";
    static final String SK = "sk";
    static final String SECURITY_TOKEN = "security_token";
    static final String PROJECT_ID = "project_id";
    static final String REGION_KEY = "region";
    static final String ENDPOINT = "endpoint";

    private final UnaryOperator<String> properties;
    private final UnaryOperator<String> environment;
    private final String profile;
    private final String profileChosenBy;
    private final Duration refreshInterval;
    private final Clock clock;
    private final List<Source> sources;

    private final Object lock = new Object();
    private final Map<Path, ParsedFile> files = new ConcurrentHashMap<>();
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private volatile Found found;
    private volatile boolean invalidated;

    private DefaultCredentialsChain(Builder b) {
        this.properties = b.properties == null ? System::getProperty : map(b.properties);
        this.environment = b.environment == null ? System::getenv : map(b.environment);
        this.refreshInterval = b.refreshInterval;
        this.clock = b.clock;
        Path home = b.userHome;
        if (home == null) {
            String h = properties.apply("user.home");
            home = h == null || h.isBlank() ? null : Path.of(h);
        }
        if (b.profile != null) {
            this.profile = b.profile;
            this.profileChosenBy = "the chain's builder";
        } else if (value(properties.apply(PROPERTY_PROFILE)) != null) {
            this.profile = value(properties.apply(PROPERTY_PROFILE));
            this.profileChosenBy = "system property " + PROPERTY_PROFILE;
        } else if (value(environment.apply(ENV_PROFILE)) != null) {
            this.profile = value(environment.apply(ENV_PROFILE));
            this.profileChosenBy = "environment variable " + ENV_PROFILE;
        } else {
            this.profile = DEFAULT_PROFILE;
            this.profileChosenBy = null;
        }
        if (!PROFILE_NAME.matcher(profile).matches()) {
            throw new ConfigurationException("The profile name chosen by "
                    + (profileChosenBy == null ? "default" : profileChosenBy)
                    + " must be 1-64 letters, digits, '.', '_' or '-'");
        }
        Path lakejobFile =
                file(home, PROPERTY_CREDENTIALS_FILE, properties, ENV_CREDENTIALS_FILE, environment, ".lakejob");
        Path huaweiFile = file(home, null, properties, HUAWEICLOUD_CREDENTIALS_FILE, environment, ".huaweicloud");
        List<Source> s = new ArrayList<>();
        s.add(new NamedSource(
                "system property",
                "system properties",
                properties,
                names(
                        PROPERTY_ACCESS_KEY,
                        PROPERTY_SECRET_KEY,
                        PROPERTY_SECURITY_TOKEN,
                        PROPERTY_PROJECT_ID,
                        PROPERTY_REGION,
                        PROPERTY_ENDPOINT)));
        s.add(new NamedSource(
                "environment variable",
                "environment variables",
                environment,
                names(ENV_ACCESS_KEY, ENV_SECRET_KEY, ENV_SECURITY_TOKEN, ENV_PROJECT_ID, ENV_REGION, ENV_ENDPOINT)));
        s.add(new NamedSource(
                "environment variable",
                "environment variables",
                environment,
                names(
                        HUAWEICLOUD_ACCESS_KEY,
                        HUAWEICLOUD_SECRET_KEY,
                        HUAWEICLOUD_SECURITY_TOKEN,
                        HUAWEICLOUD_PROJECT_ID,
                        null,
                        null)));
        s.add(new FileSource(
                lakejobFile,
                profile,
                "profile '" + profile + "'",
                profileChosenBy,
                Set.of(AK, SK, SECURITY_TOKEN, PROJECT_ID, REGION_KEY, ENDPOINT)));
        s.add(new FileSource(huaweiFile, "basic", "section [basic]", null, Set.of(AK, SK, SECURITY_TOKEN, PROJECT_ID)));
        this.sources = List.copyOf(s);
    }

    private static UnaryOperator<String> map(Map<String, String> m) {
        Map<String, String> copy = Map.copyOf(m);
        return copy::get;
    }

    private static Map<String, String> names(
            String ak, String sk, String token, String projectId, String region, String endpoint) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(AK, ak);
        m.put(SK, sk);
        m.put(SECURITY_TOKEN, token);
        m.put(PROJECT_ID, projectId);
        if (region != null) {
            m.put(REGION_KEY, region);
        }
        if (endpoint != null) {
            m.put(ENDPOINT, endpoint);
        }
        return m;
    }

    private static Path file(
            Path home,
            String property,
            UnaryOperator<String> properties,
            String variable,
            UnaryOperator<String> environment,
            String folder) {
        String explicit = property == null ? null : value(properties.apply(property));
        if (explicit == null) {
            explicit = value(environment.apply(variable));
        }
        if (explicit != null) {
            return Path.of(explicit);
        }
        return home == null ? null : home.resolve(folder).resolve("credentials");
    }

    /**
     * A chain over this JVM's system properties, environment and home folder.
     *
     * @return the chain; nothing is read until it is used
     * @throws ConfigurationException when the profile name chosen is malformed
     */
    public static DefaultCredentialsChain create() {
        return builder().build();
    }

    /**
     * A builder, for a chain over other settings than this JVM's (tests, or a command line that
     * chose a profile).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DefaultCredentialsChain}. Not thread-safe. */
    public static final class Builder {
        private Map<String, String> properties;
        private Map<String, String> environment;
        private Path userHome;
        private String profile;
        private Duration refreshInterval = Duration.ofSeconds(DEFAULT_REFRESH_SECONDS);
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * Reads these system properties instead of the JVM's. The home folder is then this map's
         * {@code user.home}, unless {@link #userHome(Path)} is set.
         *
         * @param properties the properties
         * @return this builder
         */
        public Builder systemProperties(Map<String, String> properties) {
            this.properties = Objects.requireNonNull(properties, "properties");
            return this;
        }

        /**
         * Reads these environment variables instead of the process's.
         *
         * @param environment the variables
         * @return this builder
         */
        public Builder environment(Map<String, String> environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /**
         * Looks for {@code .lakejob/credentials} and {@code .huaweicloud/credentials} in this folder
         * instead of the user's home.
         *
         * @param home the folder
         * @return this builder
         */
        public Builder userHome(Path home) {
            this.userHome = Objects.requireNonNull(home, "home");
            return this;
        }

        /**
         * Uses this profile of the credentials file, whatever {@value #PROPERTY_PROFILE} and
         * {@value #ENV_PROFILE} say.
         *
         * @param profile the profile name
         * @return this builder
         */
        public Builder profile(String profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * How long found credentials are used before the chain looks again (default
         * {@value #DEFAULT_REFRESH_SECONDS} s; zero looks at every request).
         *
         * @param interval zero or positive
         * @return this builder
         */
        public Builder refreshInterval(Duration interval) {
            if (interval == null || interval.isNegative()) {
                throw new ValidationException("refresh_interval", "must be zero or positive");
            }
            this.refreshInterval = interval;
            return this;
        }

        /**
         * The clock of the refresh interval (tests).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the chain; nothing is read until it is used.
         *
         * @return the chain
         * @throws ConfigurationException when the profile name is malformed
         */
        public DefaultCredentialsChain build() {
            return new DefaultCredentialsChain(this);
        }
    }

    // ------------------------------------------------------------------------------------------

    /** Credentials found, where, and when the chain last looked. */
    private record Found(Credentials credentials, String source, Instant checkedAt) {}

    @Override
    public Credentials resolve() {
        Found f = found;
        if (f != null && !invalidated && clock.instant().isBefore(f.checkedAt().plus(refreshInterval))) {
            return f.credentials();
        }
        synchronized (lock) {
            f = found;
            Instant now = clock.instant();
            if (f != null && !invalidated && now.isBefore(f.checkedAt().plus(refreshInterval))) {
                return f.credentials();
            }
            invalidated = false;
            Found fresh;
            try {
                fresh = lookUp(now);
            } catch (ConfigurationException e) {
                if (f == null) {
                    throw e;
                }
                if (warned.add("refresh:" + e.getMessage())) {
                    LOG.warn(
                            "Looking for new credentials failed; keeping those from {}: {}",
                            f.source(),
                            e.getMessage());
                }
                found = new Found(f.credentials(), f.source(), now);
                return f.credentials();
            }
            if (f != null && f.credentials().equals(fresh.credentials())) {
                // Same values: keep the instance, so that signers built for it stay in use.
                fresh = new Found(f.credentials(), fresh.source(), now);
            } else if (f != null) {
                LOG.info("New credentials from {}", fresh.source());
            }
            found = fresh;
            return fresh.credentials();
        }
    }

    @Override
    public void invalidate(Credentials rejected) {
        Found f = found;
        if (f != null && f.credentials().equals(rejected)) {
            invalidated = true;
        }
    }

    private Found lookUp(Instant now) {
        for (Source s : sources) {
            if (!s.has(AK) || !s.has(SK)) {
                continue;
            }
            String ak = s.get(AK);
            String sk = s.get(SK);
            if (ak == null && sk == null) {
                continue;
            }
            if (ak == null || sk == null) {
                throw new ConfigurationException(s.where(sk == null ? AK : SK) + " is set but "
                        + s.where(sk == null ? SK : AK) + " is not: set both, or neither");
            }
            String where = s.where(AK) + " and " + s.where(SK);
            try {
                return new Found(Credentials.akSk(ak, sk, s.get(SECURITY_TOKEN)), where, now);
            } catch (ValidationException e) {
                // The message names the field and position, never the value.
                throw new ConfigurationException("The credentials in " + where + " are not usable: " + e.getMessage());
            }
        }
        throw new ConfigurationException("No credentials found. Looked in, in order: " + lookedIn(AK, SK)
                + ". Set one of them, or give the client credentials: "
                + "LakeJobClient.builder().credentials(Credentials.akSk(...))");
    }

    /**
     * The project id of the first place that has one.
     *
     * @return the project id, or empty
     * @throws ConfigurationException when a credentials file is unreadable or malformed, or a
     *     profile named explicitly is not in it
     */
    public Optional<String> projectId() {
        return first(PROJECT_ID);
    }

    /**
     * The region of the first place that has one, for example {@code cn-north-4}.
     *
     * @return the region, or empty
     * @throws ConfigurationException when the region is malformed (the message does not echo it),
     *     or a credentials file is unreadable or malformed
     */
    public Optional<String> region() {
        Optional<String> region = first(REGION_KEY);
        if (region.isPresent()
                && !(region.get().length() <= 64 && REGION.matcher(region.get()).matches())) {
            throw new ConfigurationException("The region in " + whereFirst(REGION_KEY)
                    + " is not valid: it must look like cn-north-4 (lower-case letters and hyphens, then a number)");
        }
        return region;
    }

    /**
     * The endpoint: the first {@code endpoint} setting, else the DLI endpoint of the first region
     * setting ({@code https://dli.<region>.myhuaweicloud.com}).
     *
     * @return the endpoint, or empty
     * @throws ConfigurationException when the region is malformed or a credentials file is
     *     unreadable or malformed
     */
    public Optional<String> endpoint() {
        Optional<String> endpoint = first(ENDPOINT);
        if (endpoint.isPresent()) {
            return endpoint;
        }
        return region().map(r -> "https://dli." + r + ".myhuaweicloud.com");
    }

    /**
     * The places this chain looks in, in order, each with its state (for example
     * {@code "profile 'default' of /home/me/.lakejob/credentials (no such file)"}). No values.
     *
     * @return the places
     */
    public List<String> sources() {
        List<String> out = new ArrayList<>();
        for (Source s : sources) {
            out.add(s.describe());
        }
        return out;
    }

    /** A setting the chain finds, for {@link #lookedIn(Setting)}. */
    public enum Setting {
        /** The access key and secret key (with the security token, if any). */
        CREDENTIALS,
        /** The project id. */
        PROJECT_ID,
        /** The region. */
        REGION,
        /** The endpoint, or else the region it is made from. */
        ENDPOINT
    }

    /**
     * Where a setting is looked for, in order, with each file's state, for messages: for example
     * {@code system property lakejob.projectId; environment variable LAKEJOB_PROJECT_ID; ...}.
     *
     * @param setting the setting
     * @return the places, joined with {@code "; "}; never a value
     */
    public String lookedIn(Setting setting) {
        return switch (setting) {
            case CREDENTIALS -> lookedIn(AK, SK);
            case PROJECT_ID -> lookedIn(PROJECT_ID);
            case REGION -> lookedIn(REGION_KEY);
            case ENDPOINT -> lookedIn(ENDPOINT) + "; then, for a region: " + lookedIn(REGION_KEY);
        };
    }

    /**
     * The profile of the credentials file this chain reads.
     *
     * @return the profile name
     */
    public String profile() {
        return profile;
    }

    /**
     * Where the credentials last returned by {@link #resolve()} came from (names, never values).
     *
     * @return for example {@code environment variable LAKEJOB_AK and environment variable
     *     LAKEJOB_SK}, or empty before the first {@link #resolve()}
     */
    public Optional<String> credentialsSource() {
        Found f = found;
        return f == null ? Optional.empty() : Optional.of(f.source());
    }

    @Override
    public String toString() {
        Found f = found;
        return "DefaultCredentialsChain[profile=" + profile + ", credentials="
                + (f == null ? "not looked up yet" : f.credentials() + " from " + f.source()) + "]";
    }

    private Optional<String> first(String key) {
        for (Source s : sources) {
            if (s.has(key)) {
                String v = s.get(key);
                if (v != null) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    private String whereFirst(String key) {
        for (Source s : sources) {
            if (s.has(key) && s.get(key) != null) {
                return s.where(key);
            }
        }
        return "";
    }

    private String lookedIn(String... keys) {
        List<String> places = new ArrayList<>();
        for (Source s : sources) {
            List<String> names = new ArrayList<>();
            for (String k : keys) {
                if (s.has(k)) {
                    names.add(s.where(k));
                }
            }
            if (!names.isEmpty()) {
                places.add(String.join(" / ", names) + s.state());
            }
        }
        return String.join("; ", places);
    }

    private static String value(String v) {
        if (v == null) {
            return null;
        }
        String t = v.strip();
        return t.isEmpty() ? null : t;
    }

    // ------------------------------------------------------------------------------------------

    /** One place settings come from. */
    private interface Source {
        /** Whether this place can hold the key at all. */
        boolean has(String key);

        /** The key's value, trimmed; {@code null} when unset or blank. */
        String get(String key);

        /** How the user sets the key here, for messages: never the value. */
        String where(String key);

        /** A suffix describing the place's state, for example " (no such file)". */
        String state();

        /** The place, for {@link #sources()}. */
        String describe();
    }

    /** System properties or environment variables under fixed names. */
    private static final class NamedSource implements Source {
        private final String kind;
        private final String kinds;
        private final UnaryOperator<String> lookup;
        private final Map<String, String> names;

        NamedSource(String kind, String kinds, UnaryOperator<String> lookup, Map<String, String> names) {
            this.kind = kind;
            this.kinds = kinds;
            this.lookup = lookup;
            this.names = names;
        }

        @Override
        public boolean has(String key) {
            return names.containsKey(key);
        }

        @Override
        public String get(String key) {
            String name = names.get(key);
            return name == null ? null : value(lookup.apply(name));
        }

        @Override
        public String where(String key) {
            return kind + " " + names.get(key);
        }

        @Override
        public String state() {
            return "";
        }

        @Override
        public String describe() {
            return kinds + " " + String.join(", ", names.values());
        }
    }

    /** A section of an INI-like credentials file. */
    private final class FileSource implements Source {
        private final Path file;
        private final String section;
        private final String label;
        private final String chosenBy;
        private final Set<String> keys;

        FileSource(Path file, String section, String label, String chosenBy, Set<String> keys) {
            this.file = file;
            this.section = section;
            this.label = label;
            this.chosenBy = chosenBy;
            this.keys = keys;
        }

        @Override
        public boolean has(String key) {
            return keys.contains(key);
        }

        @Override
        public String get(String key) {
            if (file == null) {
                return null;
            }
            ParsedFile f = load(file);
            if (f == null) {
                if (chosenBy != null) {
                    throw new ConfigurationException("The profile '" + section + "' chosen by " + chosenBy
                            + " cannot be read: there is no file " + file);
                }
                return null;
            }
            Map<String, String> values = f.sections().get(section);
            if (values == null) {
                if (chosenBy != null) {
                    throw new ConfigurationException("The profile '" + section + "' chosen by " + chosenBy
                            + " is not in " + file + "; it has " + f.sections().keySet());
                }
                return null;
            }
            return values.get(key);
        }

        @Override
        public String where(String key) {
            return "key " + key + " of " + label + " in " + (file == null ? "the home folder (unknown)" : file);
        }

        @Override
        public String state() {
            if (file == null) {
                return " (no home folder)";
            }
            try {
                ParsedFile f = load(file);
                if (f == null) {
                    return " (no such file)";
                }
                return f.sections().containsKey(section) ? "" : " (no " + label + ")";
            } catch (ConfigurationException e) {
                return " (" + e.getMessage() + ")";
            }
        }

        @Override
        public String describe() {
            return label + " of " + (file == null ? "a credentials file in the home folder" : file) + state();
        }
    }

    /** What identifies one version of a file. */
    private record Stamp(Object modified, long size, Object key) {}

    /** A parsed credentials file: sections of lower-case keys to trimmed values. */
    private record ParsedFile(Stamp stamp, Map<String, Map<String, String>> sections) {}

    /** The file's parsed content, read again only when it changed; {@code null} when it does not exist. */
    private ParsedFile load(Path file) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            files.remove(file);
            return null;
        } catch (IOException e) {
            throw new ConfigurationException("The credentials file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        Stamp stamp = new Stamp(a.lastModifiedTime(), a.size(), a.fileKey());
        ParsedFile old = files.get(file);
        if (old != null && old.stamp().equals(stamp)) {
            return old;
        }
        if (!a.isRegularFile()) {
            throw new ConfigurationException("The credentials file " + file + " is not a regular file");
        }
        if (a.size() > MAX_FILE_BYTES) {
            throw new ConfigurationException("The credentials file " + file + " is over " + MAX_FILE_BYTES
                    + " bytes: it is not a credentials file");
        }
        checkPermissions(file, stamp);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ConfigurationException("The credentials file " + file + " is not UTF-8 text");
        } catch (NoSuchFileException e) {
            files.remove(file);
            return null;
        } catch (IOException e) {
            throw new ConfigurationException("The credentials file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        ParsedFile parsed = new ParsedFile(stamp, parse(file, lines));
        files.put(file, parsed);
        return parsed;
    }

    /**
     * Parses an INI-like file. Messages name the file and the line number, never a line's text
     * (it may hold a secret).
     */
    static Map<String, Map<String, String>> parse(Path file, List<String> lines) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\ufeff")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]") || line.length() < 3) {
                    throw new ConfigurationException(
                            "The credentials file " + file + " has a malformed section header on line " + (i + 1));
                }
                String name = line.substring(1, line.length() - 1).strip();
                if (name.startsWith("profile ")) {
                    // The AWS config file's spelling, [profile name], means the same here.
                    name = name.substring("profile ".length()).strip();
                }
                current = sections.computeIfAbsent(name, n -> new LinkedHashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ConfigurationException("The credentials file " + file + " has a line that is neither "
                        + "a [section], a key = value nor a comment: line " + (i + 1));
            }
            if (current == null) {
                throw new ConfigurationException(
                        "The credentials file " + file + " has a key before any [section]: line " + (i + 1));
            }
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String v = value(line.substring(eq + 1));
            if (v != null) {
                current.put(key, v);
            } else {
                current.remove(key);
            }
        }
        return sections;
    }

    private void checkPermissions(Path file, Stamp stamp) {
        Set<PosixFilePermission> perms;
        try {
            perms = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException e) {
            return;
        }
        Set<PosixFilePermission> others = EnumSet.of(
                PosixFilePermission.GROUP_READ,
                PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.OTHERS_READ,
                PosixFilePermission.OTHERS_WRITE);
        others.retainAll(perms);
        if (!others.isEmpty() && warned.add(file + "@" + stamp)) {
            LOG.warn(
                    "The credentials file {} may be read or written by other users ({}): "
                            + "restrict it to its owner with chmod 600 {}",
                    file,
                    PosixFilePermissions.toString(perms),
                    file);
        }
    }
}
