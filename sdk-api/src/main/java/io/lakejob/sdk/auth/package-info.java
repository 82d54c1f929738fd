/**
 * Credentials and request signers: AK/SK ({@code SDK-HMAC-SHA256}), fixed tokens and
 * refreshable token providers, on an HTTP-library-neutral {@link io.lakejob.sdk.auth.SignableRequest}.
 */
package io.lakejob.sdk.auth;
