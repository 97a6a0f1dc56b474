package dev.quiver.core.engine.push;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When a consumer thread with nothing to do keeps its processor and when it parks. Idle, it spins
 * for a window, yielding the processor on every turn, and parks when the window runs out. The window
 * follows the gaps between inputs: a gap no longer than the maximum widens it to twice that gap (so
 * that the next gap like it is spun through rather than paid for with a wake-up), and a gap longer
 * than the maximum, which no window could have bridged, halves it (down to the minimum). A steady
 * stream of inputs closer together than the maximum thus pays no wake-up at all, and a sparse one
 * parks almost at once.
 *
 * <p>The spin yields rather than busy-waits: a thread woken on this processor (the delivery thread
 * the writer just gave an update to, a producer) runs at once instead of waiting for the spinner's
 * time slice to end, and on a machine with a processor to spare a yield costs a system call.
 *
 * <p>Not thread-safe: one per consumer thread, used by that thread only.
 */
final class AdaptiveSpin {

    /** The narrowest window: a thread whose inputs are far apart parks after about a microsecond. */
    private static final long MIN_NANOS = 1_000;

    /** Where the consumer is between two pieces of work. */
    private enum Phase {
        WORKING,
        SPINNING,
        PARKING
    }

    private final LongSupplier nanoTime;
    private final long minNanos;
    private final long maxNanos;
    private long windowNanos;
    private Phase phase = Phase.WORKING;
    private long idleSince;

    /** A window of at most {@code max} (and at least a microsecond), timed by {@link System#nanoTime()}. */
    static AdaptiveSpin upTo(Duration max) {
        long maxNanos = max.toNanos();
        return new AdaptiveSpin(System::nanoTime, Math.min(MIN_NANOS, maxNanos), maxNanos);
    }

    /** A window between {@code minNanos} and {@code maxNanos}, starting at the maximum, timed by {@code nanoTime}. */
    AdaptiveSpin(LongSupplier nanoTime, long minNanos, long maxNanos) {
        if (minNanos <= 0 || maxNanos < minNanos) {
            throw new IllegalArgumentException("spin window must be 0 < min <= max, got " + minNanos + ", " + maxNanos);
        }
        this.nanoTime = nanoTime;
        this.minNanos = minNanos;
        this.maxNanos = maxNanos;
        this.windowNanos = maxNanos;
    }

    /** The consumer found work: the gap since it went idle adapts the window. */
    void worked() {
        if (phase != Phase.WORKING) {
            long gap = nanoTime.getAsLong() - idleSince;
            windowNanos = gap <= maxNanos
                    ? Math.max(windowNanos, Math.min(maxNanos, 2 * gap))
                    : Math.max(minNanos, windowNanos / 2);
            phase = Phase.WORKING;
        }
    }

    /**
     * The consumer found nothing: yields once and returns false within the window, or returns true
     * when it should park (and, after a park, until it finds work again).
     */
    boolean idle() {
        if (phase == Phase.PARKING) {
            return true;
        }
        long now = nanoTime.getAsLong();
        if (phase == Phase.WORKING) {
            phase = Phase.SPINNING;
            idleSince = now;
        }
        if (now - idleSince < windowNanos) {
            Thread.yield();
            return false;
        }
        phase = Phase.PARKING;
        return true;
    }

    /** The current window, in nanoseconds. */
    long windowNanos() {
        return windowNanos;
    }
}
