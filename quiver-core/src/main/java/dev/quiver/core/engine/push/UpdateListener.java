package dev.quiver.core.engine.push;

/**
 * Receives a subscription's updates, one at a time, on the subscription's own delivery thread: it
 * may be slow, block or throw without delaying the engine or other subscriptions (a throw is
 * counted, and delivery goes on). Updates of one key arrive in order; under load, updates replaced
 * by a newer one of the same key before delivery are skipped and counted.
 */
@FunctionalInterface
public interface UpdateListener {

    /** Called for each delivered update; never with null. */
    void onUpdate(NodeUpdate update);
}
