package io.lakejob.sdk.auth;

/**
 * Supplies the credentials of each request attempt, so that they can change while a client runs
 * (rotated keys, temporary credentials renewed by another process). Set one with
 * {@code LakeJobClient.builder().credentialsProvider(...)}.
 *
 * <p>Implementations: every fixed {@link Credentials} (it returns itself), the
 * {@link DefaultCredentialsChain} (system properties, environment variables, profile files; used
 * when a client is given no credentials at all), or your own, for example one reading a secrets
 * manager.
 *
 * <p>Implementations must be thread-safe and cheap: the REST transport calls {@link #resolve()} for
 * every attempt (each is signed afresh), so cache and refresh in the background or on a schedule
 * of your own. Return the same instance while the credentials do not change: the transport keeps
 * the signer of the last instance it saw.
 */
@FunctionalInterface
public interface CredentialsProvider {
    /**
     * The credentials to sign the next attempt with.
     *
     * @return the current credentials, never {@code null}
     * @throws io.lakejob.sdk.exception.ConfigurationException when there are none; the message names
     *     where the provider looked and never holds a secret
     */
    Credentials resolve();

    /**
     * Tells the provider that the service rejected these credentials (HTTP 401), so that the next
     * {@link #resolve()} looks again at once instead of returning a cached value. The REST transport
     * then repeats the attempt once if the provider answers with other credentials. The default
     * does nothing.
     *
     * @param rejected the credentials that were rejected
     */
    default void invalidate(Credentials rejected) {}
}
