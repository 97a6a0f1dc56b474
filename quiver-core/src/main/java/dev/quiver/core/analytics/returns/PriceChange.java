package dev.quiver.core.analytics.returns;

import dev.quiver.core.analytics.KernelState;

/**
 * The state of a one-bar change of a price, such as the simple return: empty at the first bar, then
 * the change from the previous bar with a value (a bar with a missing price is skipped, so the next
 * change spans the gap). Not thread-safe.
 */
final class PriceChange extends KernelState {

    /** The change from one price to the next. */
    @FunctionalInterface
    interface Formula {
        /** The change from {@code previous} to {@code current}. */
        double change(double previous, double current);
    }

    private final Formula formula;
    private double previous = Double.NaN;

    PriceChange(Formula formula) {
        super(1, 1);
        this.formula = formula;
    }

    @Override
    protected void step(double[] row, boolean commit) {
        double price = row[0];
        out[0] = formula.change(previous, price);
        if (commit) {
            previous = price;
        }
    }
}
