package dev.quiver.core.engine.push;

import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The coalescing queue of a subscription: one slot per column holding its latest (bar time, value,
 * flags), and a pending mark per slot. The queue is bounded by the number of columns: a write to a
 * slot still pending replaces its value (latest wins) and counts one coalesced update.
 *
 * <p>Each slot has one writer (the shard owning the column's subject), which never waits: a version
 * number makes each slot a seqlock (odd while writing), and the single reader retries a read that
 * overlapped a write. The reader remembers the version it delivered, so that a value is delivered at
 * most once. A slot that becomes pending is also put on a queue of pending slots, so that the reader
 * finds what to deliver without scanning every column: a bounded queue with many writers (one per
 * shard) and the one reader, in which a slot appears at most once (only its change from not pending
 * to pending puts it there, and the reader takes it off before it clears the mark), so that a
 * capacity of the number of slots never fills. Writes and reads allocate nothing and take no lock.
 */
final class UpdateSlots {

    private static final int PROVISIONAL = 1;
    private static final int STALE = 2;

    private final long[] times;
    private final double[] values;
    private final int[] flags;
    private final AtomicLongArray versions;
    private final AtomicIntegerArray pending;
    private final AtomicIntegerArray queue;
    private final AtomicLong queueTail = new AtomicLong();
    private final int queueMask;
    private long queueHead;
    private final long[] delivered;
    private final AtomicLong coalesced = new AtomicLong();
    private long readTime;
    private double readValue;
    private int readFlags;

    UpdateSlots(int size) {
        times = new long[size];
        values = new double[size];
        flags = new int[size];
        versions = new AtomicLongArray(size);
        pending = new AtomicIntegerArray(size);
        int capacity = Integer.highestOneBit(Math.max(1, size - 1)) << 1;
        queue = new AtomicIntegerArray(capacity);
        queueMask = capacity - 1;
        delivered = new long[size];
    }

    /**
     * Writes a slot; called only by the slot's writer.
     *
     * @return true when the slot was not pending before, so that the reader may need waking
     */
    boolean write(int slot, long time, double value, boolean provisional, boolean stale) {
        long version = versions.getPlain(slot);
        versions.setOpaque(slot, version + 1);
        VarHandle.storeStoreFence();
        times[slot] = time;
        values[slot] = value;
        flags[slot] = (provisional ? PROVISIONAL : 0) | (stale ? STALE : 0);
        versions.setRelease(slot, version + 2);
        if (pending.getAndSet(slot, 1) == 1) {
            coalesced.incrementAndGet();
            return false;
        }
        queue.set((int) queueTail.getAndIncrement() & queueMask, slot + 1);
        return true;
    }

    /**
     * Whether a pending slot is ready to take; read by the reader before it sleeps. The writer's
     * store of the queue entry and the reader's load of it are volatile, as are the subscription's
     * sleeping flag, so that one of them sees the other (no lost wake-up).
     */
    boolean anyPending() {
        return queue.get((int) queueHead & queueMask) != 0;
    }

    /**
     * Takes the next pending slot's latest value into {@link #readTime()}, {@link #readValue()} and
     * the flags; called only by the reader.
     *
     * @return the slot, or -1 when no slot has a value not yet taken (or a writer has claimed the
     *     next queue position and not filled it yet: it wakes the reader once it has)
     */
    int takeNext() {
        while (true) {
            int i = (int) queueHead & queueMask;
            int entry = queue.get(i);
            if (entry == 0) {
                return -1;
            }
            queue.setOpaque(i, 0);
            queueHead++;
            if (take(entry - 1)) {
                return entry - 1;
            }
        }
    }

    /** Takes a slot's latest value; false when it was already taken. */
    private boolean take(int slot) {
        pending.set(slot, 0);
        long version;
        do {
            version = versions.getAcquire(slot);
            while ((version & 1) != 0) {
                Thread.onSpinWait();
                version = versions.getAcquire(slot);
            }
            readTime = times[slot];
            readValue = values[slot];
            readFlags = flags[slot];
            VarHandle.loadLoadFence();
        } while (versions.getOpaque(slot) != version);
        if (version == delivered[slot]) {
            return false;
        }
        delivered[slot] = version;
        return true;
    }

    long readTime() {
        return readTime;
    }

    double readValue() {
        return readValue;
    }

    boolean readProvisional() {
        return (readFlags & PROVISIONAL) != 0;
    }

    boolean readStale() {
        return (readFlags & STALE) != 0;
    }

    /** Updates replaced before they were taken. */
    long coalesced() {
        return coalesced.get();
    }
}
