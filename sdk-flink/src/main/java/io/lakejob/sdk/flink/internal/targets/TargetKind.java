package io.lakejob.sdk.flink.internal.targets;

import io.lakejob.sdk.model.flink.ExecutionTarget;
import java.util.Locale;

/**
 * The seven ways a Flink job can be deployed, named as the Dinky OpenAPI and Flink's {@code
 * execution.target} name them. A kind says how a job gets a cluster; a {@link DeploymentTarget}
 * of that kind does it.
 */
public enum TargetKind {
    /** The client's embedded MiniCluster (in this JVM). */
    LOCAL("local", Mode.SESSION, Family.NONE),
    /** A standalone session cluster reached at its REST address. */
    STANDALONE("standalone", Mode.SESSION, Family.NONE),
    /** A session cluster running as a YARN application, deployed or attached by application id. */
    YARN_SESSION("yarn-session", Mode.SESSION, Family.YARN),
    /** One YARN application per job, its job graph built on the client (Flink 1.x only). */
    YARN_PER_JOB("yarn-per-job", Mode.PER_JOB, Family.YARN),
    /** One YARN application per job, its main method run in the JobManager. */
    YARN_APPLICATION("yarn-application", Mode.APPLICATION, Family.YARN),
    /** A session cluster on Kubernetes, deployed or attached by cluster id. */
    KUBERNETES_SESSION("kubernetes-session", Mode.SESSION, Family.KUBERNETES),
    /** One Kubernetes deployment per job, its main method run in the JobManager. */
    KUBERNETES_APPLICATION("kubernetes-application", Mode.APPLICATION, Family.KUBERNETES);

    /** How a job gets its cluster. */
    public enum Mode {
        /** Jobs are submitted into a running cluster that outlives them. */
        SESSION,
        /** The client builds the job graph and a cluster is deployed for it alone. */
        PER_JOB,
        /** A cluster is deployed for the job and runs its main method itself. */
        APPLICATION
    }

    /** The resource manager a kind deploys on, and so the optional modules it needs. */
    public enum Family {
        /** Nothing beyond Flink's client. */
        NONE,
        /** Hadoop YARN: flink-yarn and the Hadoop YARN client. */
        YARN,
        /** Kubernetes: flink-kubernetes. */
        KUBERNETES
    }

    private final String wireName;
    private final Mode mode;
    private final Family family;

    TargetKind(String wireName, Mode mode, Family family) {
        this.wireName = wireName;
        this.mode = mode;
        this.family = family;
    }

    /** @return the name used by the Dinky OpenAPI, Flink's {@code execution.target} and endpoints */
    public String wireName() {
        return wireName;
    }

    /** @return how a job of this kind gets its cluster */
    public Mode mode() {
        return mode;
    }

    /** @return the resource manager this kind deploys on */
    public Family family() {
        return family;
    }

    /** @return whether jobs of this kind are submitted into a cluster that outlives them */
    public boolean isSession() {
        return mode == Mode.SESSION;
    }

    /**
     * The kind of a name.
     *
     * @param name a wire name such as {@code yarn-session} (case and {@code _}/{@code -} ignored)
     * @return the kind, or {@code null} when the name is none of the seven
     */
    public static TargetKind byName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (TargetKind k : values()) {
            if (k.wireName.equals(n)) {
                return k;
            }
        }
        return null;
    }

    /**
     * The kind of an API execution target.
     *
     * @param target the request's {@code type}
     * @return the kind, or {@code null} when the value is none of the seven
     */
    public static TargetKind of(ExecutionTarget target) {
        return target == null ? null : byName(target.value());
    }

    @Override
    public String toString() {
        return wireName;
    }
}
