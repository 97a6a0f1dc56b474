package dev.quiver.core.engine.push;

import dev.quiver.core.asset.AssetId;

/**
 * Where one requested column of a subject is delivered: a slot of a subscription. Remembers what it
 * last sent, so that a step sends a column only when its bar time, value bits or flags changed.
 * Created by any thread and handed to the subject's shard; from then on owned by that shard's writer.
 */
final class Sink {

    private final Subscription subscription;
    private final int slot;
    private final AssetId subject;
    private final String label;
    private Plan.Column column;
    private long mask;
    private long lastTime = Long.MIN_VALUE;
    private long lastBits;
    private int lastFlags = -1;

    Sink(Subscription subscription, int slot, AssetId subject, String label) {
        this.subscription = subscription;
        this.slot = slot;
        this.subject = subject;
        this.label = label;
    }

    AssetId subject() {
        return subject;
    }

    /** Finds its column in a newly compiled plan (none when {@code plan} is null). */
    void bind(Plan plan) {
        column = plan == null ? null : plan.column(label);
        mask = column == null ? 0 : plan.mask(column.node());
        lastFlags = -1;
    }

    /** Sends the column's value at {@code time} unless it is what was last sent. */
    void publish(Plan plan, long time, boolean provisional, Wakeups wakeups) {
        if (column == null) {
            return;
        }
        double value = plan.value(column.node(), column.output());
        boolean stale = plan.stale(mask);
        long bits = Double.doubleToLongBits(value);
        int flags = (provisional ? 1 : 0) | (stale ? 2 : 0);
        if (time == lastTime && bits == lastBits && flags == lastFlags) {
            return;
        }
        lastTime = time;
        lastBits = bits;
        lastFlags = flags;
        subscription.offer(slot, time, value, provisional, stale, wakeups);
    }
}
