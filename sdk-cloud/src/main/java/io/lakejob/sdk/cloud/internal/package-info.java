/**
 * Internals of the REST transport, not API. {@code RestTransport} wires the roles together; each
 * role has its package: {@code codec} (the wire mapping of each operation, JSON and the tolerant
 * readers of the service's values), {@code http} (the HTTP client, TLS, proxies, size limits, the
 * wire log, the IAM endpoint) and {@code retry} (the retry policy, throttling, circuit breaking,
 * client tokens and the classification of failures). The module exports none of them.
 */
package io.lakejob.sdk.cloud.internal;
