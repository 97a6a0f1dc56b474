package dev.quiver.core.analytics.returns;

import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.KernelState;

/**
 * The state of a one-bar change of a price, such as the simple return: empty at the first bar, then
 * the change from the previous bar with a value (a bar with a missing price is skipped, so the next
 * change spans the gap). Not thread-safe.
 */
final class PriceChange extends KernelState {

    /**
     * The kernel of a one-bar change of a price, given by its formula: lookback 1, the first bar has
     * none. Implementations are immutable and thread-safe.
     */
    interface Kernel extends AnalyticKernel {
        /** The change from {@code previous} to {@code current}. */
        double change(double previous, double current);

        @Override
        default int lookback() {
            return 1;
        }

        @Override
        default KernelState newState() {
            return new PriceChange(this);
        }
    }

    private final Kernel kernel;
    private double previous = Double.NaN;

    PriceChange(Kernel kernel) {
        super(1, 1);
        this.kernel = kernel;
    }

    @Override
    protected void step(double[] row, boolean commit) {
        double price = row[0];
        out[0] = kernel.change(previous, price);
        if (commit) {
            previous = price;
        }
    }
}
