package io.lakejob.sdk.model.batch;

import java.util.List;

/**
 * The answer to {@code GetBatchLog} (reference 10.1.6).
 *
 * @param id the job's id
 * @param from the index of the first returned log line (documented as a string, sent as a number
 *     in the reference's example)
 * @param total the total number of log lines
 * @param log the log lines; never {@code null}
 */
public record GetBatchLogResponse(String id, Integer from, Long total, List<String> log) {
    /**
     * Copies the lines.
     *
     * @param id the job's id
     * @param from the first line's index
     * @param total the total number of lines
     * @param log the lines
     */
    public GetBatchLogResponse {
        log = log == null ? List.of() : List.copyOf(log);
    }
}
