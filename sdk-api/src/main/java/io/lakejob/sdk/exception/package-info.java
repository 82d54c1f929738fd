/**
 * The SDK's error tree: one unchecked root, {@link io.lakejob.sdk.exception.LakeJobException},
 * with distinct types for validation, configuration, service errors, transport I/O, timeouts,
 * unknown outcomes, unsupported operations and unexpected job states.
 */
package io.lakejob.sdk.exception;
