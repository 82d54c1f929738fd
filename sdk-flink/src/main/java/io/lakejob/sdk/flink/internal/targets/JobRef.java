package io.lakejob.sdk.flink.internal.targets;

import java.util.Objects;

/**
 * Where one run of a job lives, independent of how its cluster is reached: the target that ran it,
 * the cluster it went to, and Flink's id of the job. A REST address is not part of it: a YARN
 * JobManager that fails over comes back at another address, and a Kubernetes service may be
 * reached differently from different clients; the target resolves the address when it is needed.
 *
 * @param target the settings of the target that ran the job (kind, where, how to reach it)
 * @param clusterId the cluster the job runs in: {@code embedded}, the {@code host:port} of a
 *     standalone cluster, a YARN application id or a Kubernetes cluster id
 * @param flinkJobId Flink's job id (32 hex digits)
 */
public record JobRef(TargetSettings target, String clusterId, String flinkJobId) {
    /**
     * Checks the reference.
     *
     * @param target the target's settings
     * @param clusterId the cluster id
     * @param flinkJobId the Flink job id
     */
    public JobRef {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(flinkJobId, "flinkJobId");
    }

    /** @return the kind of target that ran the job */
    public TargetKind kind() {
        return target.kind();
    }

    /** @return the job and where it runs, for messages: {@code Flink job <id> on yarn-session application_...} */
    public String describe() {
        return "Flink job " + flinkJobId + " on " + target.kind() + " " + clusterId;
    }
}
