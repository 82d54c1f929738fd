package io.lakejob.sdk.cli;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.JobStateException;
import io.lakejob.sdk.exception.LakeJobTimeoutException;
import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.TransportException;
import io.lakejob.sdk.exception.ValidationException;

/**
 * The exit codes of {@code lakejob}, one per outcome a scheduler's shell task may act on. They are
 * part of the command line's contract and listed by {@code lakejob --help} and the README.
 */
public final class ExitCodes {
    /** Done: the command did what it was asked (a job run or waited for reached its target). */
    public static final int OK = 0;
    /**
     * The job failed: it ended in another state than the one asked for (failed to submit, failed
     * while running, cancelled, or a SQL statement job {@code FAILED}/{@code CANCELLED}).
     */
    public static final int JOB_FAILED = 1;
    /** Bad usage: an unknown command or option, a missing or malformed argument, a request the SDK's validation refused. */
    public static final int USAGE = 2;
    /**
     * Configuration: no endpoint or credentials found, a setting the transport refuses, an
     * operation the endpoint's transport does not support, a state folder another process holds.
     */
    public static final int CONFIGURATION = 3;
    /** A wait (or a call) did not finish within its timeout; the job itself may still be running. */
    public static final int TIMEOUT = 4;
    /**
     * Outcome unknown: a create, submit or run was sent but no answer came back, so it may or may
     * not have taken effect; do not simply repeat it (the message names the client token to look for).
     */
    public static final int OUTCOME_UNKNOWN = 5;
    /** The service (or cluster) refused the request: an error answer, an unknown job, a refused action. */
    public static final int SERVICE_ERROR = 6;
    /** The service could not be reached (connection refused, reset, TLS failure), retries included. */
    public static final int UNREACHABLE = 7;
    /** An unexpected error inside lakejob (a bug: please report it with the message). */
    public static final int INTERNAL = 70;
    /** Interrupted (Ctrl-C, SIGINT or SIGTERM) while the command ran. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {}

    /**
     * The exit code of a failure.
     *
     * @param e what the command threw
     * @return the exit code
     */
    public static int of(Throwable e) {
        if (e instanceof CliException c) {
            return c.exitCode();
        }
        if (e instanceof JobStateException) {
            return JOB_FAILED;
        }
        if (e instanceof ValidationException) {
            return USAGE;
        }
        if (e instanceof ConfigurationException || e instanceof NotSupportedException) {
            return CONFIGURATION;
        }
        if (e instanceof LakeJobTimeoutException) {
            return TIMEOUT;
        }
        if (e instanceof OutcomeUnknownException) {
            return OUTCOME_UNKNOWN;
        }
        if (e instanceof ServiceException) {
            return SERVICE_ERROR;
        }
        if (e instanceof TransportException) {
            return UNREACHABLE;
        }
        if (e instanceof InterruptedException) {
            return INTERRUPTED;
        }
        return INTERNAL;
    }

    /**
     * A short name of an exit code, the {@code error.kind} of {@code --output json}.
     *
     * @param code the exit code
     * @return for example {@code job_failed}
     */
    public static String name(int code) {
        return switch (code) {
            case OK -> "ok";
            case JOB_FAILED -> "job_failed";
            case USAGE -> "usage";
            case CONFIGURATION -> "configuration";
            case TIMEOUT -> "timeout";
            case OUTCOME_UNKNOWN -> "outcome_unknown";
            case SERVICE_ERROR -> "service_error";
            case UNREACHABLE -> "unreachable";
            case INTERRUPTED -> "interrupted";
            default -> "internal";
        };
    }
}
