package dev.quiver.server.api;

import dev.quiver.core.engine.push.NodeUpdate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The JSON payload of a stream update, the same over SSE and WebSocket. Immutable.
 *
 * @param symbol the subject
 * @param expr the expression as subscribed (with {@code .output} for each output of a multi-output
 *     analytic subscribed without a selector)
 * @param time the bar: its ISO-8601 session date when it starts at midnight of the asset's zone (a
 *     daily bar, as frames give it), else the ISO-8601 instant of its start
 * @param value the value, null when undefined
 * @param provisional true while the bar is forming
 * @param stale true when an asset the value reads has had no input for a while
 */
record LiveUpdate(String symbol, String expr, String time, Double value, boolean provisional, boolean stale) {

    static LiveUpdate of(NodeUpdate update, ZoneId zone) {
        double value = update.value();
        ZonedDateTime start = update.barTime().atZone(zone);
        String time = start.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? start.toLocalDate().toString()
                : update.barTime().toString();
        return new LiveUpdate(
                update.asset().symbol(),
                update.column(),
                time,
                Double.isFinite(value) ? value : null,
                update.provisional(),
                update.stale());
    }
}
