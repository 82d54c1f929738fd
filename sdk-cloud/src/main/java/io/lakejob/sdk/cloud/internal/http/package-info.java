/**
 * The HTTP layer of the REST transport, not API: endpoints, the HttpClient version check, TLS and
 * proxies, bounded response bodies, requests that can be cut off, the user agent, the redacted
 * wire log and the IAM endpoint client.
 */
package io.lakejob.sdk.cloud.internal.http;
