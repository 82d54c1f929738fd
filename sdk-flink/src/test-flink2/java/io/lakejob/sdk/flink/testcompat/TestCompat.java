package io.lakejob.sdk.flink.testcompat;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.jobmanager.JobManagerProcessSpec;
import org.apache.flink.runtime.jobmanager.JobManagerProcessUtils;
import org.apache.flink.runtime.jobmaster.JobResult;

/** What the tests need that differs between Flink lines: Flink 2.x (src/test-flink1 has the 1.x one). */
public final class TestCompat {
    /** The Flink major line these tests run against. */
    public static final int FLINK_MAJOR = 2;

    /** Flink's command-line argument parser, for user programs the tests compile. */
    public static final String PARAMETER_TOOL = "org.apache.flink.util.ParameterTool";

    private TestCompat() {}

    /**
     * A JobManager's process sizes from a configuration that sets its total process memory.
     *
     * @param conf the configuration
     * @return the sizes
     */
    public static JobManagerProcessSpec jobManagerProcessSpec(Configuration conf) {
        return JobManagerProcessUtils.processSpecFromConfig(conf);
    }

    /**
     * The result of a job that succeeded.
     *
     * @param id the job id
     * @return the result
     */
    public static JobResult succeeded(JobID id) {
        return new JobResult.Builder()
                .jobId(id)
                .jobStatus(JobStatus.FINISHED)
                .netRuntime(5)
                .build();
    }
}
