/**
 * The wire mapping of the REST operations, not API: one {@code *Codecs} class per chapter of the
 * reference (path, query and body of each request, how each answer is read), the registry
 * {@code Codecs} whose names come from the operation catalogue, the JSON mapper, and the shared
 * readers of the service's values ({@code WireValues}, {@code BasicAnswers}, {@code ResultRows}).
 */
package io.lakejob.sdk.cloud.internal.codec;
