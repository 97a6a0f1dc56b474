/**
 * Alpha Vantage: daily bars from {@code TIME_SERIES_DAILY_ADJUSTED}, whose open, high, low and close
 * are as traded, with the provider's adjusted close, the dividend paid and the split coefficient on
 * each row. Needs an API key ({@code QUIVER_ALPHAVANTAGE_KEY}); the free plan allows 5 requests a
 * minute and 25 a day.
 */
package dev.quiver.marketdata.alphavantage;
