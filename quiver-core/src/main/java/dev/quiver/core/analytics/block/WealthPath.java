package dev.quiver.core.analytics.block;

/**
 * The wealth of 1 invested before a run of simple returns: its growth {@code prod(1 + r)}, its
 * running peak (the initial 1 counts as a peak) and its worst drawdown, as empyrical's {@code
 * cum_returns}, {@code drawdown_series} and {@code max_drawdown} compute them. Not thread-safe.
 */
public final class WealthPath {

    private int count;
    private double wealth = 1;
    private double peak = 1;
    private double maxDrawdown;

    /** Back to no returns: wealth 1, no drawdown. */
    public void reset() {
        count = 0;
        wealth = 1;
        peak = 1;
        maxDrawdown = 0;
    }

    /** Becomes a copy of {@code other}. */
    public void set(WealthPath other) {
        count = other.count;
        wealth = other.wealth;
        peak = other.peak;
        maxDrawdown = other.maxDrawdown;
    }

    /** Compounds one more return. */
    public void add(double r) {
        count++;
        wealth *= 1 + r;
        if (wealth > peak) {
            peak = wealth;
        }
        maxDrawdown = Math.min(maxDrawdown, drawdown());
    }

    /** How many returns were compounded. */
    public int count() {
        return count;
    }

    /** The wealth {@code prod(1 + r)}. */
    public double growth() {
        return wealth;
    }

    /** The drawdown now, {@code (wealth - peak) / peak}: 0 or negative. */
    public double drawdown() {
        return (wealth - peak) / peak;
    }

    /** The worst drawdown so far: 0 or negative. */
    public double maxDrawdown() {
        return maxDrawdown;
    }
}
