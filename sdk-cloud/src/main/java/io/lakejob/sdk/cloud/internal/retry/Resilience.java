package io.lakejob.sdk.cloud.internal.retry;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.cloud.CloudOptions;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.LakeJobTimeoutException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.TransportException;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.Operation;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request pipeline's resilience layers, composed as resilience4j's decorators recommend:
 * {@code Retry(CircuitBreaker(RateLimiter(attempt)))}. One instance per transport, so the retry
 * quota, the circuit breaker and the rate limiter are shared by all its calls.
 *
 * <ul>
 *   <li><b>Retry</b> (resilience4j, the only retry layer): at most {@link RetryPolicy#maxAttempts()}
 *       attempts; what is retried is decided by {@link RetryClassifier}; the pause is the
 *       answer's {@code Retry-After} when it has one (a hint past {@link RetryPolicy#maxRetryAfter()}
 *       or past the call deadline ends the call at once, without sleeping), else full-jitter
 *       exponential backoff (base {@link RetryPolicy#baseDelay()}, or
 *       {@link RetryPolicy#throttledBaseDelay()} after throttling; cap {@link RetryPolicy#maxDelay()});
 *       a pause that would end past the call deadline is not taken; each retry is paid from the
 *       {@link RetryQuota}. resilience4j's own sleep is a JVM-wide static, so the interval function
 *       pauses through this transport's {@link Sleeper} and hands resilience4j zero.</li>
 *   <li><b>CircuitBreaker</b> (optional, {@link CloudOptions#CIRCUIT_BREAKER_ENABLED}): every
 *       attempt passes it; transport failures and 5xx/408 answers count as failures, other
 *       answers as successes; while open, attempts fail at once without I/O.</li>
 *   <li><b>RateLimiter</b> (optional, {@link CloudOptions#RATE_LIMITER_PERMITS_PER_SECOND}): every
 *       attempt (retries included) takes a permit, waiting at most
 *       {@link CloudOptions#RATE_LIMITER_TIMEOUT}.</li>
 * </ul>
 *
 * <p>A call's deadline ({@link ClientConfiguration#callTimeout()}) bounds all attempts and pauses.
 */
public final class Resilience {
    private static final Logger LOG = LoggerFactory.getLogger(Resilience.class);

    /** Pauses between attempts; replaceable in tests. */
    @FunctionalInterface
    public interface Sleeper {
        /** Sleeps with {@link Thread#sleep(long, int)}. */
        Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));

        /**
         * Pauses.
         *
         * @param duration how long
         * @throws InterruptedException when interrupted
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    /** A monotonic time source for deadlines; replaceable in tests. */
    @FunctionalInterface
    public interface Ticker {
        /** {@link System#nanoTime()}. */
        Ticker SYSTEM = System::nanoTime;

        /**
         * The current monotonic time.
         *
         * @return nanoseconds from an arbitrary origin
         */
        long nanoTime();
    }

    /** The state of one call across its attempts. Used by one thread at a time. */
    public static final class Call {
        private final Operation<?, ?> operation;
        private final long deadline;
        private final String clientToken;
        private int attempts;
        private String retryAfter;
        private String serverDate;

        Call(Operation<?, ?> operation, long deadline, String clientToken) {
            this.operation = operation;
            this.deadline = deadline;
            this.clientToken = clientToken;
        }

        /**
         * The operation.
         *
         * @return the operation
         */
        public Operation<?, ?> operation() {
            return operation;
        }

        /**
         * The client token sent with the call, or {@code null}.
         *
         * @return the token
         */
        public String clientToken() {
            return clientToken;
        }

        /**
         * The number of the current attempt, from 1.
         *
         * @return the attempt number
         */
        public int attempt() {
            return attempts;
        }

        /**
         * Records the headers of the attempt's answer that steer the next pause.
         *
         * @param retryAfter the {@code Retry-After} header, or {@code null}
         * @param date the {@code Date} header, or {@code null}
         */
        public void answered(String retryAfter, String date) {
            this.retryAfter = retryAfter;
            this.serverDate = date;
        }
    }

    /** Carries a retryable failure and its pause through resilience4j. No stack trace. */
    private static final class RetrySignal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient LakeJobException failure;
        private final transient Duration delay;

        RetrySignal(LakeJobException failure, Duration delay) {
            super(null, null, false, false);
            this.failure = failure;
            this.delay = delay;
        }
    }

    private final RetryPolicy policy;
    private final Duration callTimeout;
    private final RetryClassifier classifier;
    private final RetryQuota quota;
    private final Sleeper sleeper;
    private final Ticker ticker;
    private final Clock clock;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final RateLimiter rateLimiter;

    /**
     * Builds the layers from a client configuration and its {@code cloud.*} properties.
     *
     * @param configuration the configuration
     * @param sleeper pauses between attempts
     * @param ticker the deadline clock
     */
    public Resilience(ClientConfiguration configuration, Sleeper sleeper, Ticker ticker) {
        this.policy = configuration.retryPolicy() == null ? RetryPolicy.standard() : configuration.retryPolicy();
        this.callTimeout = configuration.callTimeout();
        this.classifier = new RetryClassifier(policy);
        this.quota = new RetryQuota(policy.retryQuota());
        this.sleeper = sleeper;
        this.ticker = ticker;
        this.clock = configuration.clock() == null ? Clock.systemUTC() : configuration.clock();
        this.retry = Retry.of(
                "lakejob-cloud",
                RetryConfig.custom()
                        .maxAttempts(policy.maxAttempts())
                        .retryOnException(t -> t instanceof RetrySignal)
                        .intervalBiFunction((attempt, outcome) -> {
                            if (outcome.isLeft() && outcome.getLeft() instanceof RetrySignal s) {
                                pause(s);
                            }
                            return 0L;
                        })
                        .build());
        this.circuitBreaker = circuitBreaker(configuration);
        this.rateLimiter = rateLimiter(configuration);
    }

    private static CircuitBreaker circuitBreaker(ClientConfiguration c) {
        if (!Boolean.parseBoolean(
                c.property(CloudOptions.CIRCUIT_BREAKER_ENABLED, "false").trim())) {
            return null;
        }
        int window = intProperty(c, CloudOptions.CIRCUIT_BREAKER_SLIDING_WINDOW_SIZE, 20, 1, 10_000);
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .failureRateThreshold(intProperty(c, CloudOptions.CIRCUIT_BREAKER_FAILURE_RATE_THRESHOLD, 50, 1, 100))
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(window)
                .minimumNumberOfCalls(
                        intProperty(c, CloudOptions.CIRCUIT_BREAKER_MINIMUM_CALLS, Math.min(10, window), 1, window))
                .waitDurationInOpenState(
                        durationProperty(c, CloudOptions.CIRCUIT_BREAKER_WAIT_IN_OPEN_STATE, Duration.ofSeconds(30)))
                .permittedNumberOfCallsInHalfOpenState(3)
                .recordException(RetryClassifier::unhealthy)
                .ignoreException(t -> t instanceof RequestNotPermitted)
                .build();
        return CircuitBreaker.of("lakejob-cloud", config);
    }

    private static RateLimiter rateLimiter(ClientConfiguration c) {
        String raw = c.property(CloudOptions.RATE_LIMITER_PERMITS_PER_SECOND, null);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        int permits = intProperty(c, CloudOptions.RATE_LIMITER_PERMITS_PER_SECOND, 0, 1, 1_000_000);
        RateLimiterConfig config = RateLimiterConfig.custom()
                .limitForPeriod(permits)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(durationProperty(c, CloudOptions.RATE_LIMITER_TIMEOUT, Duration.ofSeconds(5)))
                .build();
        return RateLimiter.of("lakejob-cloud", config);
    }

    public static int intProperty(ClientConfiguration c, String key, int dflt, int min, int max) {
        String raw = c.property(key, null);
        if (raw == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(raw.trim());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigurationException(
                    key + " must be a whole number between " + min + " and " + max + ", was '" + raw + "'");
        }
    }

    static Duration durationProperty(ClientConfiguration c, String key, Duration dflt) {
        String raw = c.property(key, null);
        if (raw == null) {
            return dflt;
        }
        String v = raw.trim();
        try {
            Duration d =
                    v.chars().allMatch(Character::isDigit) ? Duration.ofMillis(Long.parseLong(v)) : Duration.parse(v);
            if (d.isNegative()) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new ConfigurationException(
                    key + " must be milliseconds or an ISO-8601 duration such as PT30S, was '" + raw + "'");
        }
    }

    /**
     * Runs one call through the layers.
     *
     * @param operation the operation
     * @param clientToken the client token sent with the call, or {@code null}
     * @param attempt one attempt: sends the request once and returns the response or throws the
     *     attempt's {@link LakeJobException}
     * @param <R> the response type
     * @return the response
     */
    public <R> R execute(Operation<?, ?> operation, String clientToken, Function<Call, R> attempt) {
        long deadline = callTimeout == null ? Long.MAX_VALUE : ticker.nanoTime() + callTimeout.toNanos();
        Call call = new Call(operation, deadline, clientToken);
        Supplier<R> once = () -> {
            if (remainingNanos(call) <= 0) {
                throw new LakeJobTimeoutException(
                        operation.name() + " did not finish within its call deadline", callTimeout);
            }
            return attempt.apply(call);
        };
        if (rateLimiter != null) {
            once = RateLimiter.decorateSupplier(rateLimiter, once);
        }
        if (circuitBreaker != null) {
            once = CircuitBreaker.decorateSupplier(circuitBreaker, once);
        }
        Supplier<R> protectedAttempt = once;
        Supplier<R> guarded = () -> {
            call.attempts++;
            call.answered(null, null);
            try {
                return protectedAttempt.get();
            } catch (CallNotPermittedException e) {
                throw decide(
                        call,
                        new TransportException(
                                operation.name() + " was not sent: the circuit breaker is open after repeated failures",
                                e,
                                true));
            } catch (RequestNotPermitted e) {
                throw decide(
                        call,
                        new TransportException(
                                operation.name() + " was not sent: the client-side rate limiter gave no permit in time",
                                e,
                                true));
            } catch (LakeJobException e) {
                throw decide(call, e);
            }
        };
        try {
            R response = retry.executeSupplier(guarded);
            quota.onSuccess();
            return response;
        } catch (RetrySignal s) {
            throw s.failure;
        }
    }

    /**
     * The time left before a call's deadline.
     *
     * @param call the call
     * @return the remaining time, or {@code null} when the call has no deadline
     */
    public Duration remaining(Call call) {
        return call.deadline == Long.MAX_VALUE ? null : Duration.ofNanos(Math.max(0, remainingNanos(call)));
    }

    private long remainingNanos(Call call) {
        return call.deadline == Long.MAX_VALUE ? Long.MAX_VALUE : call.deadline - ticker.nanoTime();
    }

    /** Either a {@link RetrySignal} (retry after its pause) or the failure to end the call with. */
    private RuntimeException decide(Call call, LakeJobException failure) {
        Operation<?, ?> op = call.operation;
        RetryClassifier.Kind kind = RetryClassifier.classify(failure, call.retryAfter != null);
        if (!classifier.retried(op, kind) || call.attempts >= policy.maxAttempts()) {
            return failure;
        }
        long remaining = remainingNanos(call);
        Duration hint = RetryAfter.parse(call.retryAfter, call.serverDate, clock.instant());
        Duration delay;
        if (hint != null) {
            if (hint.compareTo(policy.maxRetryAfter()) > 0) {
                return throttled(
                        failure,
                        "Retry-After of " + hint.toSeconds() + " s is past the cap of "
                                + policy.maxRetryAfter().toSeconds() + " s; not retried");
            }
            if (hint.toNanos() >= remaining) {
                return throttled(
                        failure, "Retry-After of " + hint.toSeconds() + " s ends past the call deadline; not retried");
            }
            delay = hint;
        } else {
            delay = backoff(call.attempts, kind == RetryClassifier.Kind.THROTTLED);
            if (delay.toNanos() >= remaining) {
                LOG.debug(
                        "{} attempt {}: the backoff would end past the call deadline; not retried",
                        op.name(),
                        call.attempts);
                return failure;
            }
        }
        if (!quota.tryAcquireRetry()) {
            LOG.debug("{} attempt {}: retry quota exhausted; not retried", op.name(), call.attempts);
            return failure;
        }
        LOG.debug(
                "{} attempt {} failed ({}, {}); retrying in {} ms",
                op.name(),
                call.attempts,
                kind,
                failure.getClass().getSimpleName(),
                delay.toMillis());
        return new RetrySignal(failure, delay);
    }

    private static LakeJobException throttled(LakeJobException failure, String note) {
        if (failure instanceof ServiceException se) {
            String msg = se.errorMessage() == null ? note : se.errorMessage() + " (" + note + ")";
            return new ServiceException(se.statusCode(), se.errorCode(), msg, se.requestId(), true, se);
        }
        return failure;
    }

    /**
     * A full-jitter exponential pause: uniform in {@code [0, min(cap, base * 2^(attempt-1))]}.
     *
     * @param attempt the attempt that failed, from 1
     * @param throttled whether the failure was throttling (then the base is the throttled base)
     * @return the pause
     */
    Duration backoff(int attempt, boolean throttled) {
        long base = (throttled ? policy.throttledBaseDelay() : policy.baseDelay()).toNanos();
        long cap = policy.maxDelay().toNanos();
        long ceiling = base;
        for (int i = 1; i < attempt && ceiling < cap; i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, cap);
        return Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    private void pause(RetrySignal s) {
        try {
            sleeper.sleep(s.delay);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            LakeJobException e = new LakeJobException("Interrupted while waiting to retry", s.failure);
            throw e;
        }
    }

    /**
     * The retry quota shared by the transport's calls.
     *
     * @return the quota
     */
    public RetryQuota quota() {
        return quota;
    }

    /**
     * The resilience4j retry (for its metrics).
     *
     * @return the retry
     */
    public Retry retry() {
        return retry;
    }

    /**
     * The circuit breaker, or {@code null} when disabled.
     *
     * @return the circuit breaker
     */
    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    /**
     * The rate limiter, or {@code null} when disabled.
     *
     * @return the rate limiter
     */
    public RateLimiter rateLimiter() {
        return rateLimiter;
    }
}
