package io.lakejob.sdk.cli;

import io.lakejob.sdk.StatusListener;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a wait on stderr: a line at every status change, and every {@code --progress-every}
 * a line saying the status still holds, each with the time since the wait began (scheduler logs
 * show a task is alive and where it is).
 *
 * @param <S> the status type
 */
final class Progress<S> implements StatusListener<S>, AutoCloseable {
    private final Output output;
    private final String what;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private volatile S current;

    Progress(Output output, String what, Duration every) {
        this.output = output;
        this.what = what;
        if (every == null || every.isZero()) {
            this.ticker = null;
        } else {
            this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "lakejob-progress");
                t.setDaemon(true);
                return t;
            });
            long ms = every.toMillis();
            ticker.scheduleAtFixedRate(this::tick, ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** A line outside the waiter (for example "stopping with a savepoint"). */
    void say(String line) {
        output.progress(what + ": " + line + " (" + Durations.format(elapsed()) + ")");
    }

    @Override
    public void onChange(S previous, S now, Instant at) {
        current = now;
        output.progress(what + ": " + now + " after " + Durations.format(elapsed()));
    }

    private void tick() {
        S s = current;
        output.progress(what + ": still " + (s == null ? "waiting" : String.valueOf(s)) + " after "
                + Durations.format(elapsed()));
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }
}
