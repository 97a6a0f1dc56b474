package dev.quiver.bench.engine;

import java.util.concurrent.locks.LockSupport;

/**
 * A fixed send rate: trade {@code seq} is due at {@code start + seq * period}. Waiting parks the
 * thread, as a feed handler blocks on its socket between messages, so that the producer holds no
 * processor while it waits: on a machine with two processors, a producer that spins or yields takes
 * one of them from the engine's threads. A parked thread wakes late (by the system's timer slack,
 * about 50 µs on Linux), so trades leave late and unevenly spaced. Immutable.
 *
 * @param startNanos when trade 0 is due, on {@link System#nanoTime()}
 * @param periodNanos the interval between trades
 */
record Pacer(long startNanos, long periodNanos) {

    /** Trades at {@code perSecond} from {@code startNanos}; the rate must divide a second evenly. */
    static Pacer of(long startNanos, int perSecond) {
        if (perSecond <= 0 || 1_000_000_000 % perSecond != 0) {
            throw new IllegalArgumentException("the rate must divide a second in whole nanoseconds, got " + perSecond);
        }
        return new Pacer(startNanos, 1_000_000_000 / perSecond);
    }

    /** When trade {@code seq} is due. */
    long intended(long seq) {
        return startNanos + seq * periodNanos;
    }

    /** Waits until trade {@code seq} is due; returns at once, and false, when it is late. */
    boolean awaitTurn(long seq) {
        long due = intended(seq);
        boolean waited = false;
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
            waited = true;
        }
        return waited;
    }
}
