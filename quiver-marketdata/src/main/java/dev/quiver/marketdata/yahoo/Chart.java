package dev.quiver.marketdata.yahoo;

import java.util.List;

/**
 * A chart answer as read, before any row is judged: one entry per timestamp in each column, NaN
 * where the answer has null. The arrays belong to this record and are not copied; it never leaves
 * the package.
 *
 * @param meta the instrument's description
 * @param times the bar timestamps, epoch seconds (the session open for daily bars)
 * @param open open prices, split-adjusted as of the answer
 * @param high high prices, split-adjusted as of the answer
 * @param low low prices, split-adjusted as of the answer
 * @param close close prices, split-adjusted as of the answer
 * @param volume volumes, split-adjusted as of the answer
 * @param adjustedClose Yahoo's split- and dividend-adjusted close, or null when the answer has none
 *     (intraday)
 * @param splits the split events of the answer, in its order
 * @param dividends the dividend events of the answer, in its order
 */
record Chart(
        ChartMeta meta,
        long[] times,
        double[] open,
        double[] high,
        double[] low,
        double[] close,
        double[] volume,
        double[] adjustedClose,
        List<YahooSplit> splits,
        List<YahooDividend> dividends) {

    /** The number of rows. */
    int size() {
        return times.length;
    }
}
