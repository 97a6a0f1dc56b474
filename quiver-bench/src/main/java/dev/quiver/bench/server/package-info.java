/**
 * Harnesses of the REST server run outside JMH, each a plain {@code main} that starts a real server
 * in process over a temporary store of synthetic bars: {@link dev.quiver.bench.server.TickToSseHarness}
 * times ticks posted to {@code /api/ticks} until their Server-Sent Events arrive, and {@link
 * dev.quiver.bench.server.PullEndpointHarness} loads a pull endpoint with {@code wrk}. Both write their
 * results in JMH's JSON shape for the report.
 */
package dev.quiver.bench.server;
