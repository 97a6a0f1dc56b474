package dev.quiver.marketdata.yahoo;

/**
 * A dividend event of a chart answer.
 *
 * @param time the event's timestamp (epoch seconds): the session open of its ex-date
 * @param amount cash per share as Yahoo gives it: per split-adjusted share
 */
record YahooDividend(long time, double amount) {}
