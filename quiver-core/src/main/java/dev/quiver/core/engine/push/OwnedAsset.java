package dev.quiver.core.engine.push;

import java.util.ArrayList;
import java.util.List;

/**
 * An asset whose input this shard owns: ticks and bar snapshots form its current bar, closing the
 * bar commits it to the history, and a bar for a time already closed amends the history. Each call
 * says what happened, and the shard acts on it (steps, publication to mirroring shards). Not
 * thread-safe: owned by one shard's writer; allocation-free per tick.
 */
final class OwnedAsset {

    /** What an input did. */
    enum Outcome {
        /** Nothing: the input was ignored. */
        NONE,
        /** The forming bar changed. */
        FORMING,
        /** A new forming bar began (after an explicit close), moving the watermark. */
        BEGUN,
        /** The forming bar closed (committed to the history); a new one may have begun. */
        CLOSED,
        /** A bar at or before the last closed one was written: see {@link #amendedKey()}. */
        AMENDED,
        /** A tick for a bar already closed: dropped. */
        LATE
    }

    private final TrackedAsset data;
    private final BarClock clock;
    private final boolean adjusted;
    private final long liveStartKey;
    private final FormingBar forming = new FormingBar();
    private final double[] row = new double[Fields.COUNT];
    private final double[] formingRow = new double[Fields.COUNT];
    private final List<Shard> mirrors = new ArrayList<>();
    private SubjectGraph subject;
    private long amendedKey;
    private long lastInputMillis;

    /**
     * An owned asset over its history so far.
     *
     * @param adjusted whether the history has a total-return close: a live bar's adjusted close is
     *     then its close (a total-return series is scaled back from its latest bar), else NaN
     * @param liveStartKey the key of the first bar that may arrive live: every earlier bar is final
     * @param nowMillis the clock now, the start of the silence that makes it stale
     */
    OwnedAsset(TrackedAsset data, BarClock clock, boolean adjusted, long liveStartKey, long nowMillis) {
        this.data = data;
        this.clock = clock;
        this.adjusted = adjusted;
        this.liveStartKey = liveStartKey;
        this.lastInputMillis = nowMillis;
        data.watermark(watermark());
    }

    TrackedAsset data() {
        return data;
    }

    FormingBar forming() {
        return forming;
    }

    /** The analytics of this asset as a subject, or null when none is asked for. */
    SubjectGraph subject() {
        return subject;
    }

    void subject(SubjectGraph subject) {
        this.subject = subject;
    }

    /** The shards mirroring this asset. */
    List<Shard> mirrors() {
        return mirrors;
    }

    /** The key of the bar the last {@link Outcome#AMENDED} wrote. */
    long amendedKey() {
        return amendedKey;
    }

    /** Clock millis of the last input. */
    long lastInputMillis() {
        return lastInputMillis;
    }

    /** A value of the forming bar by {@link Fields} number. */
    double formingValue(int field) {
        if (field == Fields.ADJCLOSE) {
            return adjusted ? forming.value(Fields.CLOSE) : Double.NaN;
        }
        return forming.value(field);
    }

    /**
     * The forming bar's values in {@link Fields} order, in an array this asset reuses: valid until
     * the next call.
     */
    double[] formingFields() {
        for (int f = 0; f < Fields.COUNT; f++) {
            formingRow[f] = formingValue(f);
        }
        return formingRow;
    }

    /** A trade: folds into the forming bar, or closes it and begins the next. */
    Outcome tick(long epochMillis, double price, double volume, long nowMillis) {
        lastInputMillis = nowMillis;
        long second = Math.floorDiv(epochMillis, 1000);
        if (forming.contains(second)) {
            forming.add(price, volume);
            return Outcome.FORMING;
        }
        if (forming.active() && second < forming.start()) {
            return Outcome.LATE;
        }
        long start = clock.startOf(second);
        long key = clock.keyOf(start);
        if (key <= finalKey()) {
            return Outcome.LATE;
        }
        boolean closed = close();
        forming.begin(start, clock.endOf(start), key, price, volume);
        data.watermark(watermark());
        return closed ? Outcome.CLOSED : Outcome.BEGUN;
    }

    /**
     * A bar: replaces the forming bar of its time, begins a later one (closing the forming one), or
     * writes the history when its time is before the forming bar's or already closed.
     */
    Outcome bar(long time, double open, double high, double low, double close, double volume, long nowMillis) {
        lastInputMillis = nowMillis;
        long start = clock.startOf(time);
        long key = clock.keyOf(start);
        if (key <= finalKey() || (forming.active() && key < forming.key())) {
            fill(open, high, low, close, volume);
            data.history().put(start, key, row);
            amendedKey = key;
            return Outcome.AMENDED;
        }
        boolean replaces = forming.active() && key == forming.key();
        boolean closed = !replaces && close();
        forming.set(start, clock.endOf(start), key, open, high, low, close, volume);
        data.watermark(watermark());
        return closed ? Outcome.CLOSED : replaces ? Outcome.FORMING : Outcome.BEGUN;
    }

    /** Commits the forming bar to the history. */
    Outcome closeBar(long nowMillis) {
        lastInputMillis = nowMillis;
        return close() ? Outcome.CLOSED : Outcome.NONE;
    }

    private boolean close() {
        if (!forming.active()) {
            return false;
        }
        fill(
                forming.value(Fields.OPEN),
                forming.value(Fields.HIGH),
                forming.value(Fields.LOW),
                forming.value(Fields.CLOSE),
                forming.value(Fields.VOLUME));
        data.history().put(forming.start(), forming.key(), row);
        forming.clear();
        data.watermark(watermark());
        return true;
    }

    private void fill(double open, double high, double low, double close, double volume) {
        Fields.fill(row, open, high, low, close, volume, adjusted ? close : Double.NaN);
    }

    /** The last key closed or never to come live: a bar at or before it amends the history. */
    private long finalKey() {
        return Math.max(data.history().lastKey(), liveStartKey - 1);
    }

    /** Every key before the forming bar (or after the last closed bar) is final. */
    private long watermark() {
        long closedThrough = finalKey();
        return forming.active() ? Math.max(closedThrough, forming.key() - 1) : closedThrough;
    }
}
