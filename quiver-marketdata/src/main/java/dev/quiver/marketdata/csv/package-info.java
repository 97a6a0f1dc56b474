/**
 * Import of daily bars from CSV files in the layouts that Yahoo Finance, zipline and yfinance write.
 *
 * <p>{@link dev.quiver.marketdata.csv.CsvBarReader} turns one file into {@link
 * dev.quiver.marketdata.csv.CsvBars}: raw (as traded) bars, the corporate actions stated by the file
 * or inferred from its adjusted close, and warnings about data that is suspicious but kept. Bad input
 * fails with a {@link dev.quiver.marketdata.csv.CsvFormatException} that names the file, the line and
 * the column. The conventions and thresholds are explained in {@code docs/data-import.md}.
 */
package dev.quiver.marketdata.csv;
