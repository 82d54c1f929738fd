package io.lakejob.sdk.flink.internal.targets;

import java.util.Set;

/**
 * Makes the {@link DeploymentTarget}s of some kinds. A factory whose kinds need optional modules
 * (flink-yarn and Hadoop, flink-kubernetes) is loaded by name only when such a kind is asked for, so
 * that a client of the embedded cluster never needs them; {@link #checkAvailable} says what is
 * missing before anything else happens.
 */
public interface TargetFactory {
    /** @return the kinds this factory makes targets for */
    Set<TargetKind> kinds();

    /**
     * Checks that a kind can be used here: its modules are on the class path and the Flink line has
     * it.
     *
     * @param kind the kind
     * @throws io.lakejob.sdk.exception.ConfigurationException naming the artifacts to add
     * @throws io.lakejob.sdk.exception.NotSupportedException when the Flink line has no such mode
     */
    default void checkAvailable(TargetKind kind) {}

    /**
     * Checks settings before any I/O: whatever the kind needs is there and well formed.
     *
     * @param settings the settings
     * @throws io.lakejob.sdk.exception.ConfigurationException naming what is missing or wrong
     */
    default void check(TargetSettings settings) {}

    /**
     * Makes a target; nothing is deployed or contacted yet.
     *
     * @param settings its settings (checked)
     * @param context what targets share with the transport
     * @return the target
     */
    DeploymentTarget create(TargetSettings settings, TargetContext context);
}
