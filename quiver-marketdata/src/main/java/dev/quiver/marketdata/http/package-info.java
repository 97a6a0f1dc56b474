/**
 * Polite HTTP for the provider adapters: {@link dev.quiver.marketdata.http.PoliteClient} waits for a
 * per-source {@link dev.quiver.marketdata.http.RateLimiter}, retries 429, 5xx, timeouts and broken
 * connections with exponential backoff and jitter (honouring {@code Retry-After}), bounds every
 * exchange by a timeout, and turns what cannot be retried into the typed failures of {@link
 * dev.quiver.marketdata.MarketDataException}. {@link dev.quiver.marketdata.http.JsonCursor} reads
 * answers and says where one is malformed. Time passes through {@link
 * dev.quiver.marketdata.http.Pacing}, so tests never sleep.
 */
package dev.quiver.marketdata.http;
