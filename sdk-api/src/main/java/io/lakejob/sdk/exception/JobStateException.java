package io.lakejob.sdk.exception;

/**
 * A waiter saw the job reach a terminal state other than the one awaited (for example
 * {@code job_running_exception} while waiting for {@code job_running}).
 */
public class JobStateException extends LakeJobException {
    private static final long serialVersionUID = 1L;

    private final String jobId;
    private final String status;

    /**
     * Creates a job state error.
     *
     * @param jobId the job's id as text
     * @param status the terminal status reached
     * @param detail what the service or cluster said about it, or {@code null}
     */
    public JobStateException(String jobId, String status, String detail) {
        super("Job " + jobId + " ended in state " + status + (detail == null ? "" : ": " + detail));
        this.jobId = jobId;
        this.status = status;
    }

    /**
     * The job's id as text.
     *
     * @return the id
     */
    public String jobId() {
        return jobId;
    }

    /**
     * The terminal status the job reached.
     *
     * @return the status value
     */
    public String status() {
        return status;
    }
}
