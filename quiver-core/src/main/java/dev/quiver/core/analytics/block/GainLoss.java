package dev.quiver.core.analytics.block;

/**
 * Wilder's average gain and average loss of one-bar changes, as TA-Lib's RSI and CMO compute them:
 * the first averages are the simple means of the first {@code n} changes (defined at bar {@code n}),
 * then each is smoothed with {@link Wilder#next}. With {@code seedZero} both averages start at zero
 * before the first change and are smoothed from it (values withheld until bar {@code n} all the
 * same). Not thread-safe.
 */
public final class GainLoss {

    private final int n;
    private final Wilder wilder;
    private final boolean seedZero;
    private int count;
    private double prev;
    private double gainSum;
    private double lossSum;
    private double gain;
    private double loss;

    /** Averages over {@code n >= 1} changes. */
    public GainLoss(int n, boolean seedZero) {
        this.n = n;
        this.wilder = new Wilder(n);
        this.seedZero = seedZero;
    }

    /**
     * The gain part of a change: the change if positive, else 0. {@link Math#max} compiles without a
     * branch, which a random walk's changes would mispredict half of the time.
     */
    public static double gainOf(double change) {
        return Math.max(change, 0.0);
    }

    /** The loss part of a change, positive: minus the change if negative, else 0. */
    public static double lossOf(double change) {
        return Math.max(-change, 0.0);
    }

    /**
     * Takes the next value; afterwards {@link #gain()} and {@link #loss()} are the averages including
     * it. Commits it only if {@code commit}.
     *
     * @return whether the averages are defined (bar {@code n} onwards)
     */
    public boolean step(double x, boolean commit) {
        int index = count;
        if (index == 0) {
            if (commit) {
                prev = x;
                count = 1;
            }
            return false;
        }
        double change = x - prev;
        double g;
        double l;
        if (seedZero || index > n) {
            g = wilder.next(gainSum, gainOf(change));
            l = wilder.next(lossSum, lossOf(change));
        } else {
            g = gainSum + gainOf(change);
            l = lossSum + lossOf(change);
        }
        if (index == n && !seedZero) {
            g /= n;
            l /= n;
        }
        gain = g;
        loss = l;
        if (commit) {
            prev = x;
            gainSum = g;
            lossSum = l;
            count = Math.min(index + 1, n + 1);
        }
        return index >= n;
    }

    /** The average gain after the last {@link #step}. */
    public double gain() {
        return gain;
    }

    /** The average loss after the last {@link #step}, positive. */
    public double loss() {
        return loss;
    }
}
