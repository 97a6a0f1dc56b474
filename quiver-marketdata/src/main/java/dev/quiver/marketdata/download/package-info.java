/**
 * Gap-aware downloads into the store: {@link dev.quiver.marketdata.download.Downloader} asks a
 * {@link dev.quiver.marketdata.MarketDataSource} only for the session dates the store's coverage
 * lacks, stores each answer in one transaction together with the dates it covers, fetches many
 * symbols with bounded concurrency, and reports per symbol what was stored, what changed on a
 * refresh, and why a symbol failed while the others went on. {@link
 * dev.quiver.marketdata.download.SourceName} builds the source named on a command line.
 */
package dev.quiver.marketdata.download;
