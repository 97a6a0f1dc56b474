package dev.quiver.core.engine.push;

/**
 * Counts of one subscription's delivery since it began. A snapshot; immutable.
 *
 * @param delivered updates handed to the listener (including those it threw on)
 * @param coalesced updates replaced by a newer one of the same key before delivery: dropped
 * @param listenerErrors updates on which the listener threw
 */
public record SubscriptionStats(long delivered, long coalesced, long listenerErrors) {}
