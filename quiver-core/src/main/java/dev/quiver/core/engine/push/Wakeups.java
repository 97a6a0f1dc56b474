package dev.quiver.core.engine.push;

import java.util.ArrayList;
import java.util.List;

/**
 * The subscriptions a shard's writer gave updates to since it last woke their delivery threads.
 * Waking a delivery thread in the middle of a step lets the scheduler run it on the writer's own
 * processor at once, and the writer, preempted mid-step, can then wait for a processor for a whole
 * time slice while inputs queue behind it. The writer therefore wakes the delivery threads between
 * inputs (after a few of them, and whenever its queue runs empty), never inside a step.
 *
 * <p>Not thread-safe: owned by one shard's writer.
 */
final class Wakeups {

    private final List<Subscription> pending = new ArrayList<>();

    /** {@code subscription} has a new pending update. */
    void add(Subscription subscription) {
        if (!pending.contains(subscription)) {
            pending.add(subscription);
        }
    }

    /** Wakes the delivery thread of every subscription added since the last call, if it sleeps. */
    void wakeAll() {
        for (int i = 0; i < pending.size(); i++) {
            pending.get(i).wake();
        }
        pending.clear();
    }
}
