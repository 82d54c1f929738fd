package io.lakejob.sdk.flink.internal.targets;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;

/**
 * Flink's REST API of one cluster, for job control that every target shares: job state,
 * savepoints (through {@link Savepoints}), the job list and a job's root exception.
 */
public final class ClusterRest {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI address;

    /**
     * Creates the client.
     *
     * @param address the cluster's REST address
     */
    public ClusterRest(URI address) {
        this.address = address;
    }

    /** @return the cluster's REST address */
    public URI address() {
        return address;
    }

    /** @return a REST client whose requests wait at most 30 s */
    public FlinkRest rest() {
        return new FlinkRest(address, REQUEST_TIMEOUT);
    }

    /** @return savepoints and cancel of this cluster's jobs, one request waiting at most 30 s */
    public Savepoints savepoints() {
        return Savepoints.at(address);
    }

    /**
     * Savepoints and cancel whose single requests never outlast a call's timeout.
     *
     * @param callTimeout the call's timeout
     * @return the helper
     */
    public Savepoints savepoints(Duration callTimeout) {
        return Savepoints.at(address, callTimeout);
    }

    /**
     * A job as Flink lists it.
     *
     * @param id the Flink job id
     * @param name the job name
     * @param state Flink's state name
     */
    public record JobSummary(String id, String name, String state) {}

    /** @return the cluster's jobs ({@code GET /jobs/overview}) */
    public List<JobSummary> jobs() {
        FlinkRest.Response r = rest().get("/jobs/overview");
        if (!r.ok()) {
            throw io.lakejob.sdk.flink.internal.LocalErrors.unavailable(
                    "Listing the jobs of " + address + " failed: HTTP " + r.status() + " " + r.errors());
        }
        List<JobSummary> out = new ArrayList<>();
        for (JsonNode j : r.body().path("jobs")) {
            out.add(new JobSummary(
                    j.path("jid").asText(),
                    j.path("name").asText(),
                    j.path("state").asText()));
        }
        return out;
    }

    /**
     * The first line of a job's root exception ({@code GET /jobs/<id>/exceptions}).
     *
     * @param flinkJobId the Flink job id
     * @return the line, or {@code null} when Flink reports none or cannot be asked
     */
    public String rootException(String flinkJobId) {
        try {
            FlinkRest.Response r = rest().get("/jobs/" + flinkJobId + "/exceptions");
            String root = r.ok() ? r.body().path("root-exception").asText("") : "";
            String first = root.lines().findFirst().orElse("").trim();
            return first.isEmpty() ? null : first;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
