/**
 * The push engine: analytics kept current as ticks and bars arrive, equal to what the pull engine
 * computes for the same bars. Assets are placed on shards, each with a single writer thread fed by a
 * bounded lock-free queue; a step recomputes only the nodes downstream of what changed, in height
 * order, and stops where a value keeps its bits. Subscriptions deliver coalesced updates on their own
 * threads. See {@code docs/push-engine.md}.
 */
package dev.quiver.core.engine.push;
