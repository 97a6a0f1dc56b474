package dev.quiver.core.analytics.block;

/**
 * Population variance of the last {@code n} values, as TA-Lib's VAR, STDDEV and BBANDS compute it:
 * {@code sum(x^2)/n - (sum(x)/n)^2} from the window's sum and sum of squares, each accumulated as
 * {@link WindowSum} does ({@link WindowSum#add} the entering value, {@link WindowSum#drop} the
 * leaving one). One window of values serves both sums: the square leaving is computed again from the
 * value leaving, the same number as when it entered. Not thread-safe.
 */
public final class Variance extends Filter {

    private final int n;
    private final RingBuffer window;
    private double partial;
    private double partialOfSquares;

    /** A variance over {@code n >= 1} values. */
    public Variance(int n) {
        this.n = n;
        this.window = new RingBuffer(Math.max(1, n - 1));
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
        double square = x * x;
        if (n == 1) {
            return of(x, square, 1);
        }
        double total = WindowSum.add(partial, x);
        double totalOfSquares = WindowSum.add(partialOfSquares, square);
        boolean full = window.isFull();
        if (commit) {
            if (full) {
                double leaving = window.oldest();
                partial = WindowSum.drop(total, leaving);
                partialOfSquares = WindowSum.drop(totalOfSquares, leaving * leaving);
            } else {
                partial = total;
                partialOfSquares = totalOfSquares;
            }
            window.push(x);
        }
        return full ? of(total, totalOfSquares, n) : Double.NaN;
    }

    @Override
    public int lookback() {
        return n - 1;
    }
}
