package dev.quiver.core.engine.push;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One shard's counters: written by its single writer without a lock or a read-modify-write
 * instruction (an opaque store of the incremented value), readable from any thread.
 */
final class Counters {

    private final AtomicLongArray counts = new AtomicLongArray(Counter.values().length);

    /** Adds {@code n}; call only from the owning shard's writer. */
    void add(Counter counter, long n) {
        int i = counter.ordinal();
        counts.setOpaque(i, counts.getPlain(i) + n);
    }

    /** Adds one; call only from the owning shard's writer. */
    void increment(Counter counter) {
        add(counter, 1);
    }

    /** The current count, from any thread. */
    long get(Counter counter) {
        return counts.getOpaque(counter.ordinal());
    }
}
