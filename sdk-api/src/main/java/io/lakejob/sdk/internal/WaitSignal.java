package io.lakejob.sdk.internal;

import java.time.Duration;

/**
 * Wakes a waiting thread when a transport tells of a status change; a notification that comes
 * while nobody waits is kept until it is taken. Not part of the public API.
 */
public final class WaitSignal {
    private boolean fired;

    /** Records a notification and wakes the waiting thread, if any. */
    public synchronized void fire() {
        fired = true;
        notifyAll();
    }

    /**
     * Takes the pending notification.
     *
     * @return whether there was one
     */
    public synchronized boolean take() {
        boolean f = fired;
        fired = false;
        return f;
    }

    /**
     * Waits until a notification comes or the time passes, and takes it.
     *
     * @param duration the longest wait
     * @return whether a notification came
     * @throws InterruptedException when the thread is interrupted
     */
    synchronized boolean await(Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + Math.max(0, duration.toNanos());
        while (!fired) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(left / 1_000_000, (int) (left % 1_000_000));
        }
        return take();
    }
}
