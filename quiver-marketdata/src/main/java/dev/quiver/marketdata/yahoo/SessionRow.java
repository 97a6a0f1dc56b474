package dev.quiver.marketdata.yahoo;

import java.time.LocalDate;

/**
 * A row of a chart answer that is kept as a bar.
 *
 * @param index its index in the answer's arrays
 * @param date its session date in the exchange's zone
 * @param time the bar's start, epoch seconds: midnight of the session date for daily bars, the
 *     answer's timestamp for intraday bars
 */
record SessionRow(int index, LocalDate date, long time) {}
