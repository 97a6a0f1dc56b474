package dev.quiver.core.engine.push.support;

import dev.quiver.core.engine.push.NodeUpdate;
import dev.quiver.core.engine.push.UpdateListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/** Keeps every update it is given, and waits for one. Thread-safe. */
public final class Recorder implements UpdateListener {

    private final ConcurrentLinkedQueue<NodeUpdate> updates = new ConcurrentLinkedQueue<>();

    @Override
    public void onUpdate(NodeUpdate update) {
        updates.add(update);
    }

    /** Every update so far, in delivery order. */
    public List<NodeUpdate> updates() {
        return List.copyOf(updates);
    }

    /** The updates of one node key, in delivery order. */
    public List<NodeUpdate> updates(String key) {
        return updates.stream().filter(u -> u.key().equals(key)).toList();
    }

    /** The last update of one key, or null. */
    public NodeUpdate latest(String key) {
        List<NodeUpdate> of = updates(key);
        return of.isEmpty() ? null : of.get(of.size() - 1);
    }

    /**
     * Waits until the last update of {@code key} satisfies {@code condition}.
     *
     * @throws AssertionError after ten seconds
     */
    public NodeUpdate await(String key, Predicate<NodeUpdate> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            NodeUpdate last = latest(key);
            if (last != null && condition.test(last)) {
                return last;
            }
            LockSupport.parkNanos(1_000_000);
        }
        throw new AssertionError("no update of " + key + " as expected; last was " + latest(key));
    }
}
