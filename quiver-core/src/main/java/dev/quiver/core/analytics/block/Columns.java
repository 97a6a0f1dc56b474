package dev.quiver.core.analytics.block;

import java.util.Arrays;

/** Helpers for batch loops over columns. Stateless and thread-safe. */
public final class Columns {

    private Columns() {}

    /**
     * Whether no column holds a NaN. Fast loops require it; otherwise a kernel falls back to running
     * its state, which skips rows with a NaN.
     */
    public static boolean noNaN(double[][] columns) {
        for (double[] c : columns) {
            for (double v : c) {
                if (v != v) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Sets every output to NaN before index {@code lookback} (or everywhere if shorter). */
    public static void warmUp(double[][] outputs, int lookback) {
        for (double[] o : outputs) {
            Arrays.fill(o, 0, Math.min(lookback, o.length), Double.NaN);
        }
    }
}
