package io.lakejob.sdk.model.job;

import java.time.Instant;

/**
 * What an update changed ({@code job} of the 9.3 and 9.5 answers, tables 9-14 and 9-25).
 *
 * @param updateTime when the job was updated (epoch milliseconds on the wire), or {@code null}
 */
public record FlinkJobUpdate(Instant updateTime) {}
