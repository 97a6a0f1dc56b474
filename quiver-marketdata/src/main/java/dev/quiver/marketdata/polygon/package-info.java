/**
 * Polygon: bars as traded from the aggregates endpoint ({@code /v2/aggs}, {@code adjusted=false}),
 * with splits and dividends from the reference endpoints ({@code /v3/reference/splits}, {@code
 * /v3/reference/dividends}). US stocks, session dates in New York time. Needs an API key ({@code
 * QUIVER_POLYGON_KEY}), sent as a bearer token; the free plan allows 5 requests a minute.
 */
package dev.quiver.marketdata.polygon;
