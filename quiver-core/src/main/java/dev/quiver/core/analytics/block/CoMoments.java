package dev.quiver.core.analytics.block;

/**
 * The moments of pairs {@code (x, y)}: each variable's {@link MeanVariance} and the sum of
 * co-deviations, updated by the bivariate form of Welford's method, for a least-squares fit of
 * {@code y} on {@code x}. Rows are {@code [x, y]}. Not thread-safe.
 */
public final class CoMoments implements Accumulator<CoMoments> {

    private final MeanVariance x = new MeanVariance();
    private final MeanVariance y = new MeanVariance();
    private double cxy;

    @Override
    public int width() {
        return 2;
    }

    @Override
    public void add(double[] row) {
        double dx = x.add(row[0]);
        y.add(row[1]);
        cxy += dx * (row[1] - y.mean());
    }

    @Override
    public void remove(double[] row) {
        double dx = x.remove(row[0]);
        y.remove(row[1]);
        cxy = x.count() == 0 ? 0.0 : cxy - dx * (row[1] - y.mean());
    }

    @Override
    public void set(CoMoments other) {
        x.set(other.x);
        y.set(other.y);
        cxy = other.cxy;
    }

    /** The moments of {@code x}. */
    public MeanVariance x() {
        return x;
    }

    /** The moments of {@code y}. */
    public MeanVariance y() {
        return y;
    }

    /**
     * The sum of {@code (x - mean x) * (y - mean y)}; exactly 0 when either variable has no
     * deviation (Cauchy-Schwarz), whatever rounding the updates left.
     */
    public double sumOfCoDeviations() {
        return x.sumOfSquares() == 0 || y.sumOfSquares() == 0 ? 0.0 : cxy;
    }
}
