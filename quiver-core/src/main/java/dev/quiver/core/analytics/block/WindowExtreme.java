package dev.quiver.core.analytics.block;

/**
 * The highest (or lowest) of the last {@code n} values including the current one, and how many bars
 * ago it was. Ties go to the newest value, as in TA-Lib's AROON. O(1) amortised: the window is
 * rescanned only when the extreme leaves it. Not thread-safe.
 */
public final class WindowExtreme extends Filter {

    private final int n;
    private final boolean highest;
    private final RingBuffer window;
    private long count;
    private double best;
    private long bestAt = -1;
    private int age;

    /** A window of {@code n >= 1} values tracking the maximum if {@code highest}, else the minimum. */
    public WindowExtreme(int n, boolean highest) {
        this.n = n;
        this.highest = highest;
        this.window = new RingBuffer(Math.max(1, n - 1));
    }

    /**
     * The extreme of the window ending with {@code x}, NaN until {@code n} values are there; {@code x}
     * joins the history only if {@code commit}.
     */
    @Override
    public double step(double x, boolean commit) {
        long position = count;
        double v = x;
        long at = position;
        if (bestAt > position - n) {
            if (!(highest ? x >= best : x <= best)) {
                v = best;
                at = bestAt;
            }
        } else {
            int size = n == 1 ? 0 : window.size();
            for (int i = size - 1; i >= 0; i--) {
                double w = window.get(i);
                if (highest ? w > v : w < v) {
                    v = w;
                    at = position - size + i;
                }
            }
        }
        age = (int) (position - at);
        if (commit) {
            best = v;
            bestAt = at;
            if (n > 1) {
                window.push(x);
            }
            count++;
        }
        return position >= n - 1 ? v : Double.NaN;
    }

    @Override
    public int lookback() {
        return n - 1;
    }

    /** Bars between the current bar and the extreme found by the last {@link #step} (0 = current). */
    public int age() {
        return age;
    }
}
