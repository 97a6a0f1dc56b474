package dev.quiver.core.engine.push;

/**
 * When a consumer thread with nothing to do spins and when it parks: it spins (by the clock) for a
 * window before parking, and the window adapts to the traffic. Work arriving within the window
 * doubles it (up to the maximum): inputs come closer together than a wake-up costs, so staying
 * awake pays. A window that runs out halves it (down to the minimum): inputs come further apart
 * than the window, so spinning only burns a processor the machine may need. A busy stream thus
 * pays no wake-up per input, and a sparse one costs almost no processor while idle.
 *
 * <p>Not thread-safe: one per consumer thread, used by that thread only.
 */
final class AdaptiveSpin {

    /** Where the consumer is between two pieces of work. */
    private enum Phase {
        WORKING,
        SPINNING,
        PARKING
    }

    private final long minNanos;
    private final long maxNanos;
    private long windowNanos;
    private Phase phase = Phase.WORKING;
    private long spinStart;

    /** A window between {@code minNanos} and {@code maxNanos}, starting at the maximum. */
    AdaptiveSpin(long minNanos, long maxNanos) {
        if (minNanos <= 0 || maxNanos < minNanos) {
            throw new IllegalArgumentException("spin window must be 0 < min <= max, got " + minNanos + ", " + maxNanos);
        }
        this.minNanos = minNanos;
        this.maxNanos = maxNanos;
        this.windowNanos = maxNanos;
    }

    /** The consumer found work: a spin it ends was worth it. */
    void worked() {
        if (phase == Phase.SPINNING) {
            windowNanos = Math.min(maxNanos, windowNanos * 2);
        }
        phase = Phase.WORKING;
    }

    /**
     * The consumer found nothing: spins once and returns false within the window, or returns true
     * when it should park (and, after a park, until it finds work again).
     */
    boolean idle() {
        if (phase == Phase.PARKING) {
            return true;
        }
        long now = System.nanoTime();
        if (phase == Phase.WORKING) {
            phase = Phase.SPINNING;
            spinStart = now;
        }
        if (now - spinStart < windowNanos) {
            Thread.onSpinWait();
            return false;
        }
        windowNanos = Math.max(minNanos, windowNanos / 2);
        phase = Phase.PARKING;
        return true;
    }

    /** The current window, in nanoseconds. */
    long windowNanos() {
        return windowNanos;
    }
}
