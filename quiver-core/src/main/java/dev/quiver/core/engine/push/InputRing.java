package dev.quiver.core.engine.push;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * A bounded lock-free queue of preallocated {@link InputEvent}s with many producers and one
 * consumer (Vyukov's bounded queue): each slot carries a sequence number saying whose turn it is. A
 * producer claims a position with one compare-and-set, fills the slot and publishes it; the consumer
 * peeks at the next position, processes the slot in place and releases it. Nothing is allocated per
 * event. When the ring is full, producers wait (spinning, then yielding, then parking briefly): back
 * pressure on the feed, never a dropped input. Thread-safe as described.
 */
final class InputRing {

    private final InputEvent[] events;
    private final AtomicLongArray sequences;
    private final int mask;
    private final AtomicLong tail = new AtomicLong();
    private long head;
    private volatile boolean closed;

    /**
     * A ring of {@code capacity} slots.
     *
     * @throws IllegalArgumentException unless the capacity is a power of two
     */
    InputRing(int capacity) {
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("ring capacity must be a power of two, got " + capacity);
        }
        events = new InputEvent[capacity];
        sequences = new AtomicLongArray(capacity);
        for (int i = 0; i < capacity; i++) {
            events[i] = new InputEvent();
            sequences.set(i, i);
        }
        mask = capacity - 1;
    }

    /**
     * Claims the next position, waiting while the ring is full; fill {@link #event} then {@link
     * #publish} it.
     *
     * @throws IllegalStateException if the ring is closed
     */
    long claim() {
        int idle = 0;
        while (!closed) {
            long position = tail.get();
            long sequence = sequences.get((int) position & mask);
            if (sequence == position) {
                if (tail.compareAndSet(position, position + 1)) {
                    return position;
                }
            } else if (sequence < position) {
                idle = backOff(idle);
            }
        }
        throw new IllegalStateException("the push engine is closed");
    }

    /** The slot of a claimed position. */
    InputEvent event(long position) {
        return events[(int) position & mask];
    }

    /** Hands a filled slot to the consumer. */
    void publish(long position) {
        sequences.set((int) position & mask, position + 1);
    }

    /** The next published event, or null; called only by the consumer. */
    InputEvent peek() {
        int i = (int) head & mask;
        return sequences.get(i) == head + 1 ? events[i] : null;
    }

    /**
     * Returns the peeked slot to the producers; called only by the consumer. A release store is
     * enough (no full fence per event): the slot's reads come before it, and no producer sleeps
     * waiting on it.
     */
    void release() {
        int i = (int) head & mask;
        events[i].clear();
        sequences.setRelease(i, head + events.length);
        head++;
    }

    /** Makes waiting and later producers fail: the consumer is gone. */
    void close() {
        closed = true;
    }

    private static int backOff(int idle) {
        if (idle < 100) {
            Thread.onSpinWait();
        } else if (idle < 200) {
            Thread.yield();
        } else {
            LockSupport.parkNanos(10_000);
        }
        return idle + 1;
    }
}
