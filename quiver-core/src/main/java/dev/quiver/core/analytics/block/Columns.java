package dev.quiver.core.analytics.block;

import java.util.Arrays;

/** Column utilities for batch loops. Stateless and thread-safe. */
public final class Columns {

    private Columns() {}

    /** Sets every output to NaN before index {@code lookback} (or everywhere if shorter). */
    public static void warmUp(double[][] outputs, int lookback) {
        for (double[] o : outputs) {
            Arrays.fill(o, 0, Math.min(lookback, o.length), Double.NaN);
        }
    }
}
