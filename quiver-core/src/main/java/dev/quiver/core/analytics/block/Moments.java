package dev.quiver.core.analytics.block;

/**
 * The {@link MeanVariance} of each quantity of the rows, such as a metric's excess return and its
 * squared shortfall, as an {@link Accumulator}. Not thread-safe.
 */
public final class Moments implements Accumulator<Moments> {

    private final MeanVariance[] channels;

    /** Moments of rows of {@code width} quantities. */
    public Moments(int width) {
        channels = new MeanVariance[width];
        for (int k = 0; k < width; k++) {
            channels[k] = new MeanVariance();
        }
    }

    @Override
    public int width() {
        return channels.length;
    }

    @Override
    public void add(double[] row) {
        for (int k = 0; k < channels.length; k++) {
            channels[k].add(row[k]);
        }
    }

    @Override
    public void remove(double[] row) {
        for (int k = 0; k < channels.length; k++) {
            channels[k].remove(row[k]);
        }
    }

    @Override
    public void set(Moments other) {
        for (int k = 0; k < channels.length; k++) {
            channels[k].set(other.channels[k]);
        }
    }

    /** The moments of quantity {@code k}. */
    public MeanVariance get(int k) {
        return channels[k];
    }
}
