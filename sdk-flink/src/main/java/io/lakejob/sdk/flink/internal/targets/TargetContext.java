package io.lakejob.sdk.flink.internal.targets;

import io.lakejob.sdk.flink.internal.FlinkSettings;
import java.time.Clock;
import java.util.concurrent.ExecutorService;

/**
 * What targets share with the transport.
 *
 * @param settings the transport's settings
 * @param clock the client's clock
 * @param executor the transport's background threads (stopped on close)
 */
public record TargetContext(FlinkSettings settings, Clock clock, ExecutorService executor) {}
