/**
 * Where bars come from: the {@link dev.quiver.marketdata.MarketDataSource} interface that every
 * provider adapter implements, the request and result values it exchanges, the typed failures a
 * fetch can end with (a sealed hierarchy under {@link dev.quiver.marketdata.MarketDataException}),
 * and the {@link dev.quiver.marketdata.Configuration} the adapters read their settings from.
 *
 * <p>Sub-packages: {@code csv} (file import), {@code http} (polite HTTP: rate limits, retries,
 * typed HTTP failures), {@code yahoo}, {@code alphavantage} and {@code polygon} (provider adapters),
 * and {@code download} (gap-aware downloads into the store). The conventions are described in
 * {@code docs/marketdata.md}.
 */
package dev.quiver.marketdata;
