package dev.quiver.bench.kernels;

import java.util.SplittableRandom;

/**
 * Daily bars of a seeded random walk, the same for every peer: close moves by up to 1 % a day,
 * high and low bracket open and close. Immutable after construction.
 */
public final class RandomWalk {

    final double[] open;
    final double[] high;
    final double[] low;
    final double[] close;
    final double[] volume;

    /** {@code n} bars from seed 42. */
    public RandomWalk(int n) {
        open = new double[n];
        high = new double[n];
        low = new double[n];
        close = new double[n];
        volume = new double[n];
        SplittableRandom random = new SplittableRandom(42);
        double price = 100;
        for (int i = 0; i < n; i++) {
            open[i] = price;
            price *= 1 + (random.nextDouble() - 0.5) * 0.02;
            close[i] = price;
            high[i] = Math.max(open[i], close[i]) * (1 + random.nextDouble() * 0.005);
            low[i] = Math.min(open[i], close[i]) * (1 - random.nextDouble() * 0.005);
            volume[i] = 1_000_000 + random.nextInt(1_000_000);
        }
    }

    /** The open of bar {@code i}. */
    public double open(int i) {
        return open[i];
    }

    /** The high of bar {@code i}. */
    public double high(int i) {
        return high[i];
    }

    /** The low of bar {@code i}. */
    public double low(int i) {
        return low[i];
    }

    /** The close of bar {@code i}. */
    public double close(int i) {
        return close[i];
    }

    /** The volume of bar {@code i}. */
    public double volume(int i) {
        return volume[i];
    }

    /** The number of bars. */
    public int size() {
        return close.length;
    }
}
