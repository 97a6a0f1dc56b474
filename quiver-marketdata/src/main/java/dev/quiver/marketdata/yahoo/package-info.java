/**
 * Yahoo Finance: daily and intraday bars with splits and dividends from the v8 chart endpoint
 * ({@link dev.quiver.marketdata.yahoo.YahooChartSource}), and quotes from the v7 quote endpoint
 * behind the cookie and crumb handshake ({@link dev.quiver.marketdata.yahoo.YahooQuotes}).
 *
 * <p>Yahoo's open, high, low and close are divided by every split up to the moment of the answer,
 * splits after the requested range included, and its dividends are per split-adjusted share. The
 * adapter asks for the splits after the range too and multiplies them back out, so that the store
 * receives prices and dividends as traded and paid; {@code docs/marketdata.md} explains what can and
 * cannot be known this way.
 */
package dev.quiver.marketdata.yahoo;
