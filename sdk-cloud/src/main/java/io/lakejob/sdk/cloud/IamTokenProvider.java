package io.lakejob.sdk.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.auth.Token;
import io.lakejob.sdk.auth.TokenProvider;
import io.lakejob.sdk.cloud.internal.codec.Json;
import io.lakejob.sdk.cloud.internal.http.Endpoint;
import io.lakejob.sdk.cloud.internal.http.IamHttp;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.ServiceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Project-scoped IAM tokens obtained with a user name and password ({@code POST /v3/auth/tokens},
 * password method), cached and refreshed before they expire.
 *
 * <p>Use it with {@code LakeJobClient.builder().credentials(Credentials.tokenProvider(iam))}. The
 * token comes from the {@code X-Subject-Token} response header, its expiry from
 * {@code token.expires_at} in the body (IAM tokens live 24 hours).
 *
 * <p>Caching: a token is reused until the prefetch window before its expiry (default
 * {@link #DEFAULT_PREFETCH}, but never more than half the token's lifetime). Inside the window one
 * caller fetches a new token while the others keep using the still-valid one; once it has expired,
 * all callers wait for one shared fetch ("single flight": however many threads ask at once, IAM is
 * called once, and a failed fetch fails them all with the same error). {@link #invalidate(Token)}
 * drops a token the service rejected, so the next call fetches anew; many threads invalidating the
 * same token still cause a single fetch.
 *
 * <p>Failures are the SDK's typed errors: a {@link ServiceException} (HTTP status, IAM's error code
 * and message, request id) or a {@link io.lakejob.sdk.exception.TransportException}. The password
 * and the tokens never appear in {@code toString()}, in messages or in logs. Thread-safe.
 */
public final class IamTokenProvider implements TokenProvider {
    private static final Logger LOG = LoggerFactory.getLogger(IamTokenProvider.class);

    /** The default prefetch window: refresh five minutes before expiry. */
    public static final Duration DEFAULT_PREFETCH = Duration.ofMinutes(5);

    /** The lifetime assumed when IAM's answer carries no readable {@code expires_at}: 24 hours. */
    public static final Duration ASSUMED_LIFETIME = Duration.ofHours(24);

    private static final String WHAT = "IAM token request";

    private final IamHttp http;
    private final String userName;
    private final String password;
    private final String domainName;
    private final String projectName;
    private final String projectId;
    private final Duration prefetch;
    private final Clock clock;

    private final Object lock = new Object();
    private Cached cached;
    private CompletableFuture<Cached> inFlight;

    /** A cached token with its refresh time and the project id IAM reported. */
    private record Cached(Token token, Instant refreshAt, String projectId) {}

    private IamTokenProvider(Builder b) {
        this.http = new IamHttp(b.endpoint, b.connectTimeout, b.readTimeout);
        this.userName = b.userName;
        this.password = b.password;
        this.domainName = b.domainName;
        this.projectName = b.projectName;
        this.projectId = b.projectId;
        this.prefetch = b.prefetch;
        this.clock = b.clock;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Token token() {
        return current().token();
    }

    /**
     * The id of the project the token is scoped to, as IAM reported it in {@code token.project.id}
     * (fetching a token if none is cached). Handy for {@code LakeJobClient.builder().projectId(...)}
     * when only the project (region) name is known.
     *
     * @return the project id, or the configured one when IAM's answer did not carry it
     */
    public String projectId() {
        String id = current().projectId();
        return id != null ? id : projectId;
    }

    private Cached current() {
        CompletableFuture<Cached> mine = null;
        CompletableFuture<Cached> theirs = null;
        Cached now;
        Instant t = clock.instant();
        synchronized (lock) {
            now = cached;
            if (now != null && t.isBefore(now.refreshAt())) {
                return now;
            }
            boolean stillValid = now != null && t.isBefore(now.token().expiresAt());
            if (inFlight == null) {
                mine = new CompletableFuture<>();
                inFlight = mine;
            } else if (stillValid) {
                // Someone is refreshing; the current token is still good meanwhile.
                return now;
            } else {
                theirs = inFlight;
            }
        }
        if (theirs != null) {
            return await(theirs);
        }
        try {
            Cached fresh = fetch();
            synchronized (lock) {
                cached = fresh;
                inFlight = null;
            }
            mine.complete(fresh);
            return fresh;
        } catch (RuntimeException e) {
            synchronized (lock) {
                inFlight = null;
            }
            mine.completeExceptionally(e);
            if (now != null && clock.instant().isBefore(now.token().expiresAt())) {
                LOG.debug(
                        "Refreshing the IAM token early failed ({}); the current one is still valid",
                        e.getClass().getSimpleName());
                return now;
            }
            throw e;
        }
    }

    private static Cached await(CompletableFuture<Cached> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new LakeJobException("IAM token request failed", e.getCause());
        }
    }

    @Override
    public void invalidate(Token rejected) {
        if (rejected == null) {
            return;
        }
        synchronized (lock) {
            if (cached != null && cached.token().value().equals(rejected.value())) {
                LOG.debug("IAM token invalidated; the next call fetches a new one");
                cached = null;
            }
        }
    }

    private Cached fetch() {
        Instant sent = clock.instant();
        IamHttp.Answer answer = http.send(
                WHAT, "POST", new String[] {"v3", "auth", "tokens"}, Map.of(), Map.of(), Json.write(requestBody()));
        if (!answer.ok()) {
            throw IamHttp.error(WHAT, answer, password, answer.subjectToken());
        }
        String value = answer.subjectToken();
        if (value == null || value.isBlank()) {
            throw new ServiceException(
                    answer.status(),
                    null,
                    WHAT + " failed: the answer has no X-Subject-Token header",
                    answer.requestId(),
                    false);
        }
        JsonNode tree = IamHttp.tree(answer);
        Instant expiresAt = null;
        String reportedProject = null;
        if (tree != null) {
            JsonNode token = tree.path("token");
            expiresAt = instant(token.path("expires_at"));
            JsonNode id = token.path("project").path("id");
            if (id.isTextual() && !id.asText().isBlank()) {
                reportedProject = id.asText();
            }
        }
        if (expiresAt == null) {
            LOG.debug("IAM's answer has no readable token.expires_at; assuming {}", ASSUMED_LIFETIME);
            expiresAt = sent.plus(ASSUMED_LIFETIME);
        }
        Duration lifetime = Duration.between(sent, expiresAt);
        Duration window = prefetch;
        if (lifetime.isNegative()) {
            window = Duration.ZERO;
        } else if (window.compareTo(lifetime.dividedBy(2)) > 0) {
            window = lifetime.dividedBy(2);
        }
        LOG.debug("IAM token obtained, expires at {}", expiresAt);
        return new Cached(new Token(value, expiresAt), expiresAt.minus(window), reportedProject);
    }

    private static Instant instant(JsonNode v) {
        if (v == null || !v.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v.asText()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(v.asText());
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private Map<String, Object> requestBody() {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("name", userName);
        user.put("password", password);
        user.put("domain", Map.of("name", domainName));
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("methods", List.of("password"));
        identity.put("password", Map.of("user", user));
        Map<String, Object> project = projectId != null ? Map.of("id", projectId) : Map.of("name", projectName);
        Map<String, Object> auth = new LinkedHashMap<>();
        auth.put("identity", identity);
        auth.put("scope", Map.of("project", project));
        return Map.of("auth", auth);
    }

    @Override
    public String toString() {
        return "IamTokenProvider[endpoint=" + http.endpoint().scheme() + "://"
                + http.endpoint().host()
                + (http.endpoint().port() < 0 ? "" : ":" + http.endpoint().port())
                + ", user=" + userName + ", domain=" + domainName
                + (projectId != null ? ", projectId=" + projectId : ", projectName=" + projectName)
                + ", password=***, prefetch=" + prefetch + "]";
    }

    /** Builds an {@link IamTokenProvider}; {@link #build()} checks the settings. */
    public static final class Builder {
        private String endpointText;
        private String region;
        private boolean allowInsecureHttp;
        private Endpoint endpoint;
        private String userName;
        private String password;
        private String domainName;
        private String projectName;
        private String projectId;
        private Duration prefetch = DEFAULT_PREFETCH;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * The IAM endpoint, for example {@code https://iam.cn-north-4.myhuaweicloud.com}. Either this or
         * {@link #region(String)}.
         *
         * @param endpoint the endpoint URL
         * @return this builder
         */
        public Builder endpoint(String endpoint) {
            this.endpointText = endpoint;
            return this;
        }

        /**
         * The region whose public IAM endpoint to use ({@link Regions#iamEndpoint(String)}); also the
         * default project name, since a region's default project is named after it.
         *
         * @param region for example {@code cn-north-4}
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * Allows a plain {@code http://} IAM endpoint on a host other than loopback (default
         * {@code false}: the password would travel in clear text).
         *
         * @param allow whether to allow it
         * @return this builder
         */
        public Builder allowInsecureHttp(boolean allow) {
            this.allowInsecureHttp = allow;
            return this;
        }

        /**
         * The IAM user name.
         *
         * @param userName the user name
         * @return this builder
         */
        public Builder userName(String userName) {
            this.userName = userName;
            return this;
        }

        /**
         * The IAM user's password. Never printed.
         *
         * @param password the password
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * The account (domain) name the user belongs to.
         *
         * @param domainName the domain name
         * @return this builder
         */
        public Builder domainName(String domainName) {
            this.domainName = domainName;
            return this;
        }

        /**
         * The project to scope the token to, by name (usually the region name, for example
         * {@code cn-north-4}). Either this or {@link #projectId(String)}.
         *
         * @param projectName the project name
         * @return this builder
         */
        public Builder projectName(String projectName) {
            this.projectName = projectName;
            return this;
        }

        /**
         * The project to scope the token to, by id. Takes precedence over a project name.
         *
         * @param projectId the project id
         * @return this builder
         */
        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        /**
         * How long before expiry a token is refreshed (default five minutes; capped at half the
         * token's lifetime).
         *
         * @param prefetch the window, zero or positive
         * @return this builder
         */
        public Builder prefetch(Duration prefetch) {
            this.prefetch = prefetch;
            return this;
        }

        /**
         * The connect timeout of IAM calls (default ten seconds).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * The time an IAM call may take once connected (default 30 seconds).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        /**
         * The clock that judges expiry (default the system UTC clock); for tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Checks the settings and creates the provider. No call is made until the first
         * {@link IamTokenProvider#token()}.
         *
         * @return the provider
         * @throws ConfigurationException when a setting is missing or malformed
         */
        public IamTokenProvider build() {
            String url;
            if (endpointText != null && !endpointText.isBlank()) {
                url = endpointText;
            } else if (region != null) {
                url = Regions.iamEndpoint(region);
            } else {
                throw new ConfigurationException("IamTokenProvider needs an IAM endpoint or a region");
            }
            this.endpoint = Endpoint.parse(url, allowInsecureHttp);
            require("userName", userName);
            require("domainName", domainName);
            if (password == null || password.isEmpty()) {
                throw new ConfigurationException("IamTokenProvider needs a password");
            }
            if (projectId == null && projectName == null && region != null) {
                projectName = region;
            }
            if (projectId != null) {
                require("projectId", projectId);
            } else if (projectName != null) {
                require("projectName", projectName);
            } else {
                throw new ConfigurationException(
                        "IamTokenProvider needs a project id or name (the region name, for example cn-north-4)");
            }
            if (prefetch == null || prefetch.isNegative()) {
                throw new ConfigurationException("IamTokenProvider's prefetch window must be zero or positive");
            }
            positive("connectTimeout", connectTimeout);
            positive("readTimeout", readTimeout);
            if (clock == null) {
                throw new ConfigurationException("IamTokenProvider needs a clock");
            }
            return new IamTokenProvider(this);
        }

        private static void require(String name, String value) {
            if (value == null || value.isBlank()) {
                throw new ConfigurationException("IamTokenProvider needs a " + name);
            }
            if (value.chars().anyMatch(Character::isISOControl)) {
                throw new ConfigurationException("IamTokenProvider's " + name + " must not contain control characters");
            }
        }

        private static void positive(String name, Duration d) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new ConfigurationException("IamTokenProvider's " + name + " must be positive");
            }
        }
    }
}
