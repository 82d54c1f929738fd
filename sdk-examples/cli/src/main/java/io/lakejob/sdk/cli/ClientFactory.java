package io.lakejob.sdk.cli;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.LakeJobClientBuilder;

/**
 * Opens the client a command works with. The command line configures the builder (endpoint,
 * project, credentials, properties) and closes the client when the command ends; the default
 * factory just builds it. Programs that embed the command line (and its tests) may hand out a
 * client of their own.
 */
@FunctionalInterface
public interface ClientFactory {
    /** The factory {@code lakejob} uses: {@code builder.build()}. */
    ClientFactory DEFAULT = (builder, endpoint) -> builder.build();

    /**
     * Opens a client.
     *
     * @param builder the builder, configured from the options, the environment and the default
     *     credential chain
     * @param endpoint the endpoint the builder was given
     * @return a client; the command closes it when it ends
     */
    LakeJobClient open(LakeJobClientBuilder builder, String endpoint);
}
