package io.lakejob.sdk.model.connection;

import java.time.Instant;

/**
 * The state of a connection for one queue (reference 12.3 table 12-14, 12.4 table 12-20).
 *
 * @param peerId the peering id of the connection for this queue
 * @param status the state, see table 12-16
 * @param name the queue name
 * @param errMsg the error detail when the state is {@code FAILED}, or empty
 * @param updateTime when the state last changed (epoch milliseconds on the wire), or {@code null}
 */
public record AvailableQueueInfo(
        String peerId, ConnectionStatus status, String name, String errMsg, Instant updateTime) {}
