package dev.quiver.core.analytics.block;

/**
 * Count, mean and sum of squared deviations of a multiset of values, updated by Welford's method as
 * values are added and removed. A multiset of zeros has mean and deviations exactly 0 however it was
 * reached, so that a ratio over a window without losses (say) is exactly infinite or undefined, as
 * the direct computation gives, rather than large. Not thread-safe.
 */
public final class MeanVariance {

    private int count;
    private int nonZero;
    private double mean;
    private double m2;

    /**
     * Adds a value.
     *
     * @return its deviation from the mean before it was added
     */
    public double add(double x) {
        count++;
        if (x != 0) {
            nonZero++;
        }
        double d = x - mean;
        mean += d / count;
        m2 += d * (x - mean);
        return d;
    }

    /**
     * Removes a value that was added.
     *
     * @return its deviation from the mean before it was removed
     */
    public double remove(double x) {
        double d = x - mean;
        if (count == 1) {
            count = 0;
            nonZero = 0;
            mean = 0;
            m2 = 0;
            return d;
        }
        count--;
        if (x != 0) {
            nonZero--;
        }
        mean -= d / count;
        m2 -= d * (x - mean);
        return d;
    }

    /** Becomes a copy of {@code other}. */
    public void set(MeanVariance other) {
        count = other.count;
        nonZero = other.nonZero;
        mean = other.mean;
        m2 = other.m2;
    }

    /** How many values are held. */
    public int count() {
        return count;
    }

    /** Their mean; NaN when empty. */
    public double mean() {
        if (count == 0) {
            return Double.NaN;
        }
        return nonZero == 0 ? 0.0 : mean;
    }

    /** The sum of squared deviations from the mean, never negative. */
    public double sumOfSquares() {
        return nonZero == 0 ? 0.0 : Math.max(m2, 0.0);
    }

    /** The sample variance (divided by {@code count - 1}); NaN with fewer than two values. */
    public double sampleVariance() {
        return count < 2 ? Double.NaN : sumOfSquares() / (count - 1);
    }

    /** The sample standard deviation (ddof = 1, as numpy's {@code std(ddof=1)}). */
    public double sampleStd() {
        return Math.sqrt(sampleVariance());
    }
}
