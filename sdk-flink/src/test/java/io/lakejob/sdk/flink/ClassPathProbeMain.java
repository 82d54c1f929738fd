package io.lakejob.sdk.flink;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ConfigurationException;

/**
 * Builds a {@code flink:local} client in a JVM whose class path a test chose, and prints how it went:
 * {@code built}, or {@code refused: <message>} for a {@link ConfigurationException}. Anything else
 * (a {@code NoClassDefFoundError}, say) is thrown and ends the JVM with a stack trace.
 */
public final class ClassPathProbeMain {
    private ClassPathProbeMain() {}

    /**
     * Runs the probe.
     *
     * @param args none
     */
    public static void main(String[] args) {
        try (LakeJobClient c = LakeJobClient.builder().endpoint("flink:local").build()) {
            System.out.println("built");
        } catch (ConfigurationException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
