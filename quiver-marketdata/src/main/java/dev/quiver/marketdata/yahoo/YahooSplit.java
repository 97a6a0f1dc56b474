package dev.quiver.marketdata.yahoo;

/**
 * A split event of a chart answer.
 *
 * @param time the event's timestamp (epoch seconds): the session open of its ex-date
 * @param ratio new shares per old share ({@code numerator / denominator})
 */
record YahooSplit(long time, double ratio) {}
