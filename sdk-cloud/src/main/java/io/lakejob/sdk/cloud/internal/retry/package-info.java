/**
 * When the REST transport tries again, not API: the resilience layers (retry, rate limiter,
 * circuit breaker), the classification of answers and I/O failures, {@code Retry-After}, the retry
 * quota and the client tokens that make a create safe to find again after an unknown outcome.
 */
package io.lakejob.sdk.cloud.internal.retry;
