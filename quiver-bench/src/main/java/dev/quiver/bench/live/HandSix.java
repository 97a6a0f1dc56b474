package dev.quiver.bench.live;

import dev.quiver.bench.kernels.RandomWalk;
import dev.quiver.core.analytics.block.TaMath;
import dev.quiver.core.analytics.block.TrueRange;
import dev.quiver.core.analytics.block.Variance;
import java.util.Arrays;

/**
 * The six indicators as plain hand-written code with constant state: the running sums, averages and
 * the last 19 closes, updated in one call per bar, with no graph, dispatch or missing-value rule.
 * The arithmetic is Quiver's, operation for operation, so the values are the same bit for bit: the
 * floor a live engine is measured against.
 */
final class HandSix implements LiveSix {

    private static final int WINDOW = 20;
    private static final double RECIPROCAL = 1.0 / WINDOW;
    private static final double K_EMA = 2.0 / 21;
    private static final double K_FAST = 2.0 / 13;
    private static final double K_SLOW = 2.0 / 27;
    private static final double K_SIGNAL = 2.0 / 10;
    private static final double KEEP = 13.0 / 14;
    private static final double TAKE = 1.0 / 14;

    private final double[] closes = new double[WINDOW - 1];
    private final double[] out = new double[OUTPUTS];
    private int count;
    private int oldest;
    private double smaPartial;
    private double sum;
    private double sumSq;
    private double emaSum;
    private double ema;
    private double prevClose;
    private double gain;
    private double loss;
    private double slowSum;
    private double fastSum;
    private double slow;
    private double fast;
    private double signalSum;
    private double signal;
    private double trSum;
    private double atr;

    HandSix() {
        Arrays.fill(out, Double.NaN);
    }

    @Override
    public void update(RandomWalk walk, int i) {
        double x = walk.close(i);
        int t = count;
        windowed(x, t);
        ema(x, t);
        rsi(x, t);
        macd(x, t);
        atr(walk.high(i), walk.low(i), t);
        prevClose = x;
        count = t + 1;
    }

    /** SMA and Bollinger bands: the sums of the last 20 closes, the oldest leaving after each bar. */
    private void windowed(double x, int t) {
        double total = sum + x;
        double totalSq = sumSq + x * x;
        if (t < WINDOW - 1) {
            smaPartial += x;
            sum = total;
            sumSq = totalSq;
            closes[t] = x;
            return;
        }
        double leaving = closes[oldest];
        closes[oldest] = x;
        oldest = oldest + 1 == closes.length ? 0 : oldest + 1;
        double middle = (smaPartial + x) * RECIPROCAL;
        double mean = total / WINDOW;
        double sd = Variance.stddev(totalSq / WINDOW - mean * mean);
        out[0] = middle;
        out[6] = middle + sd * 2.0;
        out[7] = middle;
        out[8] = middle - sd * 2.0;
        smaPartial = smaPartial + (x - leaving);
        sum = total - leaving;
        sumSq = totalSq - leaving * leaving;
    }

    private void ema(double x, int t) {
        if (t < WINDOW - 1) {
            emaSum += x;
            return;
        }
        ema = t == WINDOW - 1 ? (emaSum + x) / WINDOW : K_EMA * x + (1.0 - K_EMA) * ema;
        out[1] = ema;
    }

    /** Wilder's RSI: average gain and loss seeded with the means of the first 14 changes. */
    private void rsi(double x, int t) {
        if (t == 0) {
            return;
        }
        double change = x - prevClose;
        double g = Math.max(change, 0.0);
        double l = Math.max(-change, 0.0);
        if (t <= 14) {
            gain += g;
            loss += l;
            if (t < 14) {
                return;
            }
            gain /= 14;
            loss /= 14;
        } else {
            gain = gain * KEEP + g * TAKE;
            loss = loss * KEEP + l * TAKE;
        }
        double total = gain + loss;
        out[2] = TaMath.isZero(total) ? 0.0 : 100.0 * (gain / total);
    }

    /** MACD with TA-Lib's seeding: both EMAs start at bar 25, the signal at bar 33. */
    private void macd(double x, int t) {
        if (t < 25) {
            slowSum += x;
            if (t >= 14) {
                fastSum += x;
            }
            return;
        }
        if (t == 25) {
            slow = (slowSum + x) / 26;
            fast = (fastSum + x) / 12;
        } else {
            slow = K_SLOW * x + (1.0 - K_SLOW) * slow;
            fast = K_FAST * x + (1.0 - K_FAST) * fast;
        }
        double macd = fast - slow;
        if (t < 33) {
            signalSum += macd;
            return;
        }
        signal = t == 33 ? (signalSum + macd) / 9 : K_SIGNAL * macd + (1.0 - K_SIGNAL) * signal;
        out[3] = macd;
        out[4] = signal;
        out[5] = macd - signal;
    }

    /** ATR with TA-Lib's seed: the mean of the true ranges of bars 1 to 14, then Wilder's smoothing. */
    private void atr(double high, double low, int t) {
        if (t == 0) {
            return;
        }
        double tr = TrueRange.of(high, low, prevClose);
        if (t < 14) {
            trSum += tr;
            return;
        }
        atr = t == 14 ? (trSum + tr) / 14 : atr * KEEP + tr * TAKE;
        out[9] = atr;
    }

    @Override
    public double value(int k) {
        return out[k];
    }
}
