package dev.quiver.server.api;

import dev.quiver.core.engine.push.NodeUpdate;

/**
 * The JSON payload of a stream update, the same over SSE and WebSocket. Immutable.
 *
 * @param symbol the subject
 * @param expr the expression as subscribed (with {@code .output} for each output of a multi-output
 *     analytic subscribed without a selector)
 * @param time the start of the bar, an ISO-8601 instant
 * @param value the value, null when undefined
 * @param provisional true while the bar is forming
 * @param stale true when an asset the value reads has had no input for a while
 */
record LiveUpdate(String symbol, String expr, String time, Double value, boolean provisional, boolean stale) {

    static LiveUpdate of(NodeUpdate update) {
        double value = update.value();
        return new LiveUpdate(
                update.asset().symbol(),
                update.column(),
                update.barTime().toString(),
                Double.isFinite(value) ? value : null,
                update.provisional(),
                update.stale());
    }
}
