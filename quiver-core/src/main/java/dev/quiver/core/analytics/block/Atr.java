package dev.quiver.core.analytics.block;

/**
 * Average true range over {@code n} bars. TA-Lib (canonical): the true range starts at bar 1, the
 * first ATR at bar {@code n} is the mean of TR[1..n], then {@link Wilder#next}. StockCharts: bar
 * 0's true range is {@code high - low}, so the first ATR, the mean of TR[0..n-1], is at bar {@code n
 * - 1}. Not thread-safe.
 */
public final class Atr {

    private final int n;
    private final Wilder wilder;
    private final int firstTr;
    private int count;
    private double prevClose;
    private double sum;
    private double atr;

    /** An ATR over {@code n >= 1} bars; {@code stockCharts} selects the StockCharts seed. */
    public Atr(int n, boolean stockCharts) {
        this.n = n;
        this.wilder = new Wilder(n);
        this.firstTr = stockCharts ? 0 : 1;
    }

    /** The lookback: {@code n} for TA-Lib, {@code n - 1} for StockCharts. */
    public static int lookback(int n, boolean stockCharts) {
        return stockCharts ? n - 1 : n;
    }

    /** The ATR including this bar, NaN before the lookback; commits the bar if {@code commit}. */
    public double step(double high, double low, double close, boolean commit) {
        int index = count;
        double v = Double.NaN;
        double s = sum;
        if (index >= firstTr) {
            double tr = index == 0 ? high - low : TrueRange.of(high, low, prevClose);
            int seedIndex = firstTr + n - 1;
            if (index < seedIndex) {
                s += tr;
            } else if (index == seedIndex) {
                v = (s + tr) / n;
            } else {
                v = wilder.next(atr, tr);
            }
        }
        if (commit) {
            prevClose = close;
            sum = s;
            atr = v;
            count = Math.min(index + 1, firstTr + n);
        }
        return v;
    }
}
