package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.block.TrueRange;

/**
 * Wilder's running sums of +DM, -DM and true range as TA-Lib's ADX family keeps them: plain sums
 * over bars 1..n-1, then {@code sum - sum / n + x} from bar n on. Not thread-safe.
 */
final class DirectionalSums {

    private final int n;
    private int count;
    private double prevHigh;
    private double prevLow;
    private double prevClose;
    private double plus;
    private double minus;
    private double range;
    private int index;
    private double plusNow;
    private double minusNow;
    private double rangeNow;

    DirectionalSums(int n) {
        this.n = n;
    }

    /** Adds a bar; afterwards the accessors describe the sums including it. Commits if {@code commit}. */
    void step(double high, double low, double close, boolean commit) {
        index = count;
        if (index > 0) {
            double diffPlus = high - prevHigh;
            double diffMinus = prevLow - low;
            double dmPlus = diffPlus > 0 && diffPlus > diffMinus ? diffPlus : 0.0;
            double dmMinus = diffMinus > 0 && diffPlus < diffMinus ? diffMinus : 0.0;
            double tr = TrueRange.of(high, low, prevClose);
            if (index < n) {
                plusNow = plus + dmPlus;
                minusNow = minus + dmMinus;
                rangeNow = range + tr;
            } else {
                plusNow = plus - (plus / n) + dmPlus;
                minusNow = minus - (minus / n) + dmMinus;
                rangeNow = range - (range / n) + tr;
            }
        }
        if (commit) {
            prevHigh = high;
            prevLow = low;
            prevClose = close;
            plus = plusNow;
            minus = minusNow;
            range = rangeNow;
            count = Math.min(count + 1, n);
        }
    }

    /** The index of the last bar given, saturated at {@code n}. */
    int index() {
        return index;
    }

    double plusDm() {
        return plusNow;
    }

    double minusDm() {
        return minusNow;
    }

    double trueRange() {
        return rangeNow;
    }
}
