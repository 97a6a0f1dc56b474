package dev.quiver.core.analytics.block;

/**
 * Population variance of the last {@code n} values, as TA-Lib's VAR, STDDEV and BBANDS compute it:
 * {@code sum(x^2)/n - (sum(x)/n)^2} from two {@link WindowSum}s. Not thread-safe.
 */
public final class Variance implements Filter {

    private final int n;
    private final WindowSum sum;
    private final WindowSum sumOfSquares;

    /** A variance over {@code n >= 1} values. */
    public Variance(int n) {
        this.n = n;
        this.sum = new WindowSum(n);
        this.sumOfSquares = new WindowSum(n);
    }

    /** The population variance from the window's sum and sum of squares. */
    public static double of(double sum, double sumOfSquares, int n) {
        double mean = sum / n;
        return sumOfSquares / n - mean * mean;
    }

    /** The square root of a variance, or 0 where TA-Lib treats it as zero or negative. */
    public static double stddev(double variance) {
        return TaMath.isZeroOrNegative(variance) ? 0.0 : Math.sqrt(variance);
    }

    @Override
    public double step(double x, boolean commit) {
        return of(sum.step(x, commit), sumOfSquares.step(x * x, commit), n);
    }

    @Override
    public int lookback() {
        return n - 1;
    }
}
