package io.lakejob.sdk.cli;

/**
 * A failure the command line itself detects (an unknown job name, a file it cannot read, a job
 * that is not in a state for the action), with the exit code it ends the command with.
 */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * Creates a failure.
     *
     * @param exitCode one of {@link ExitCodes}
     * @param message what went wrong and, where possible, what to do; never a secret
     */
    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /**
     * The exit code the command ends with.
     *
     * @return one of {@link ExitCodes}
     */
    public int exitCode() {
        return exitCode;
    }
}
