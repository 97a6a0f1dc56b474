package dev.quiver.bench.engine;

/**
 * A fixed send rate: trade {@code seq} is due at {@code start + seq * period}. Waiting yields the
 * processor rather than spinning, so that on a machine with few cores the engine's threads run while
 * the producer waits. Immutable.
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

    /** Waits until trade {@code seq} is due; returns at once when it is late. */
    void awaitTurn(long seq) {
        long due = intended(seq);
        while (System.nanoTime() < due) {
            Thread.yield();
        }
    }
}
