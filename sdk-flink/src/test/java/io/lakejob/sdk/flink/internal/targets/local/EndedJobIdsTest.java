package io.lakejob.sdk.flink.internal.targets.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.flink.testcompat.TestCompat;
import java.lang.ref.WeakReference;
import org.apache.flink.api.common.JobID;
import org.apache.flink.runtime.highavailability.JobResultEntry;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.junit.jupiter.api.Test;

/**
 * The embedded cluster's job result store: a job's result while the job is dirty (ended, clean-up
 * pending), only its id once it is clean, so ended jobs no longer pile up their results (and
 * accumulators) for as long as the cluster runs.
 */
class EndedJobIdsTest {
    private static JobResult result(JobID id) {
        return TestCompat.succeeded(id);
    }

    @Test
    void aDirtyJobKeepsItsResultAndACleanOneOnlyItsId() throws Exception {
        EmbeddedMiniCluster.EndedJobIds store = new EmbeddedMiniCluster.EndedJobIds();
        JobID id = new JobID();
        JobResult result = result(id);
        WeakReference<JobResult> held = new WeakReference<>(result);
        store.createDirtyResultAsync(new JobResultEntry(result)).get();
        result = null;
        assertThat(store.hasDirtyJobResultEntryAsync(id).get()).isTrue();
        assertThat(store.getDirtyResults()).extracting(JobResult::getJobId).containsExactly(id);

        store.markResultAsCleanAsync(id).get();
        assertThat(store.hasDirtyJobResultEntryAsync(id).get()).isFalse();
        assertThat(store.hasCleanJobResultEntryAsync(id).get()).isTrue();
        assertThat(store.hasJobResultEntryAsync(id).get())
                .as("Flink still refuses to run the same job id again")
                .isTrue();
        assertThat(store.getDirtyResults()).isEmpty();
        for (int i = 0; i < 50 && held.get() != null; i++) {
            System.gc();
        }
        assertThat(held.get()).as("the clean job's result is no longer held").isNull();
    }

    @Test
    void anUnknownJobCannotBeMarkedCleanAndOthersAreUnaffected() throws Exception {
        EmbeddedMiniCluster.EndedJobIds store = new EmbeddedMiniCluster.EndedJobIds();
        JobID known = new JobID();
        store.createDirtyResultAsync(new JobResultEntry(result(known))).get();
        assertThatThrownBy(() -> store.markResultAsCleanAsync(new JobID()).get())
                .hasRootCauseInstanceOf(java.util.NoSuchElementException.class);
        assertThat(store.hasJobResultEntryAsync(new JobID()).get()).isFalse();
        assertThat(store.hasDirtyJobResultEntryAsync(known).get()).isTrue();
    }
}
