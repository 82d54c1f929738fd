package io.lakejob.sdk.model.batch;

import java.time.Instant;
import java.util.List;

/**
 * A Spark batch job as created (reference 10.1.1, table 10-6), listed (10.1.3, table 10-15) or
 * described (10.1.4, table 10-18). The answer of {@code CreateBatch} and {@code GetBatch}.
 *
 * @param id the job's id
 * @param appId the job's back-end application ids ({@code appId}); never {@code null}
 * @param name the name given at creation
 * @param owner the user the job belongs to
 * @param proxyUser the proxy user (resource tenant) ({@code proxyUser})
 * @param state the job's state
 * @param kind the job type; only {@code spark}
 * @param log the job's last 10 log records; never {@code null}
 * @param scType the compute resource type; {@code CUSTOMIZED} when customised
 * @param clusterName the queue the job runs on ({@code cluster_name})
 * @param queue the queue the job runs on
 * @param createTime when the job was created
 * @param updateTime when the job was last updated
 * @param duration how long the job has run, in milliseconds
 * @param image the custom image, {@code organisation/image:version}, when one is used
 */
public record Batch(
        String id,
        List<String> appId,
        String name,
        String owner,
        String proxyUser,
        BatchState state,
        String kind,
        List<String> log,
        ScType scType,
        String clusterName,
        String queue,
        Instant createTime,
        Instant updateTime,
        Long duration,
        String image) {

    /**
     * Copies the lists; {@code null} lists become empty.
     *
     * @param id the job's id
     * @param appId the job's back-end application ids ({@code appId})
     * @param name the name given at creation
     * @param owner the user the job belongs to
     * @param proxyUser the proxy user (resource tenant) ({@code proxyUser})
     * @param state the job's state
     * @param kind the job type
     * @param log the job's last 10 log records
     * @param scType the compute resource type
     * @param clusterName the queue the job runs on ({@code cluster_name})
     * @param queue the queue the job runs on
     * @param createTime when the job was created
     * @param updateTime when the job was last updated
     * @param duration how long the job has run, in milliseconds
     * @param image the custom image, {@code organisation/image:version}, when one is used
     */
    public Batch {
        appId = appId == null ? List.of() : List.copyOf(appId);
        log = log == null ? List.of() : List.copyOf(log);
    }

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this value's fields.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.appId = appId;
        b.name = name;
        b.owner = owner;
        b.proxyUser = proxyUser;
        b.state = state;
        b.kind = kind;
        b.log = log;
        b.scType = scType;
        b.clusterName = clusterName;
        b.queue = queue;
        b.createTime = createTime;
        b.updateTime = updateTime;
        b.duration = duration;
        b.image = image;
        return b;
    }

    /** Builds a {@link Batch}; used by transports. */
    public static final class Builder {
        private String id;
        private List<String> appId;
        private String name;
        private String owner;
        private String proxyUser;
        private BatchState state;
        private String kind;
        private List<String> log;
        private ScType scType;
        private String clusterName;
        private String queue;
        private Instant createTime;
        private Instant updateTime;
        private Long duration;
        private String image;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder id(String v) {
            id = v;
            return this;
        }

        /**
         * Sets {@code appId}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder appId(List<String> v) {
            appId = v;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder name(String v) {
            name = v;
            return this;
        }

        /**
         * Sets {@code owner}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder owner(String v) {
            owner = v;
            return this;
        }

        /**
         * Sets {@code proxyUser}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder proxyUser(String v) {
            proxyUser = v;
            return this;
        }

        /**
         * Sets {@code state}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder state(BatchState v) {
            state = v;
            return this;
        }

        /**
         * Sets {@code kind}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder kind(String v) {
            kind = v;
            return this;
        }

        /**
         * Sets {@code log}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder log(List<String> v) {
            log = v;
            return this;
        }

        /**
         * Sets {@code scType}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder scType(ScType v) {
            scType = v;
            return this;
        }

        /**
         * Sets {@code clusterName}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder clusterName(String v) {
            clusterName = v;
            return this;
        }

        /**
         * Sets {@code queue}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder queue(String v) {
            queue = v;
            return this;
        }

        /**
         * Sets {@code createTime}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder createTime(Instant v) {
            createTime = v;
            return this;
        }

        /**
         * Sets {@code updateTime}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder updateTime(Instant v) {
            updateTime = v;
            return this;
        }

        /**
         * Sets {@code duration}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder duration(Long v) {
            duration = v;
            return this;
        }

        /**
         * Sets {@code image}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder image(String v) {
            image = v;
            return this;
        }

        /**
         * Builds the value.
         *
         * @return the value
         */
        public Batch build() {
            return new Batch(
                    id,
                    appId,
                    name,
                    owner,
                    proxyUser,
                    state,
                    kind,
                    log,
                    scType,
                    clusterName,
                    queue,
                    createTime,
                    updateTime,
                    duration,
                    image);
        }
    }
}
