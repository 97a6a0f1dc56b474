package dev.quiver.core.engine.push.replay;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * When a replay gives each input: as fast as possible, or at a speed relative to market time.
 * Implementations say whether they are thread-safe; a replay calls its pacing from one thread.
 */
@FunctionalInterface
public interface Pacing {

    /**
     * Returns when the input with this market time is due.
     *
     * @param marketEpochMillis the input's market time, milliseconds since the epoch
     * @throws InterruptedException if interrupted while waiting
     */
    void await(long marketEpochMillis) throws InterruptedException;

    /** No waiting: the replay runs as fast as the target takes its input. Stateless. */
    static Pacing asFastAsPossible() {
        return marketEpochMillis -> {};
    }

    /**
     * Market time passing {@code factor} times faster than real time, measured from the first input
     * ({@code 86_400} replays a day of daily bars a second). Not thread-safe.
     *
     * @throws IllegalArgumentException unless the factor is positive and finite
     */
    static Pacing speed(double factor) {
        return speed(factor, System::nanoTime);
    }

    /** As {@link #speed(double)} with the given monotonic nanosecond timer. Not thread-safe. */
    static Pacing speed(double factor, LongSupplier nanoTime) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("replay speed must be positive and finite, got " + factor);
        }
        return new Pacing() {
            private long marketStart = Long.MIN_VALUE;
            private long nanoStart;

            @Override
            public void await(long marketEpochMillis) throws InterruptedException {
                if (marketStart == Long.MIN_VALUE) {
                    marketStart = marketEpochMillis;
                    nanoStart = nanoTime.getAsLong();
                    return;
                }
                long due = nanoStart + (long) ((marketEpochMillis - marketStart) * 1e6 / factor);
                for (long wait = due - nanoTime.getAsLong(); wait > 0; wait = due - nanoTime.getAsLong()) {
                    LockSupport.parkNanos(this, wait);
                    if (Thread.interrupted()) {
                        throw new InterruptedException("replay interrupted");
                    }
                }
            }
        };
    }
}
