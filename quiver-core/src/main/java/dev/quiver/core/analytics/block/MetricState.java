package dev.quiver.core.analytics.block;

import dev.quiver.core.analytics.KernelState;
import java.util.Arrays;

/**
 * The incremental state of a return or risk metric, which is anchored to the evaluated range: the
 * first row it is given is the range's <em>base bar</em>. The base bar has no return (the standard
 * input {@code returns(close)} is empty there), and if its input has a value, that value is not
 * used: it is the return of the time before the range. The metric at bar {@code t} is then
 * empyrical's metric of the returns {@code r_1 .. r_t} of the bars after the base (expanding), or of
 * the last {@code window} of them (rolling).
 *
 * <p>The base bar is taken when first committed, whether or not its row has a missing value; later
 * rows with a missing value are skipped as everywhere. Subclasses write {@link #next}, and may note
 * what the range starts from ({@link #base}) and give outputs at the base bar ({@link #atBase}).
 * Not thread-safe.
 */
public abstract class MetricState extends KernelState {

    private boolean started;

    /** Creates a state with all outputs NaN and no base bar yet. */
    protected MetricState(int inputCount, int outputCount) {
        super(inputCount, outputCount);
    }

    @Override
    protected final void step(double[] row, boolean commit) {
        if (started) {
            next(row, commit);
            return;
        }
        atBase();
        if (commit) {
            started = true;
            base(row);
        }
    }

    @Override
    protected final void onMissing(double[] row, boolean commit) {
        if (commit && !started) {
            started = true;
            base(row);
        }
    }

    /**
     * Called once, with the committed base row, whose values may be NaN: notes what the range starts
     * from, such as its time. By default it does nothing.
     */
    protected void base(double[] row) {}

    /**
     * Writes the outputs at the base bar when its row has values. By default they are NaN: no return
     * has been seen. Wealth-based series override it with their starting level.
     */
    protected void atBase() {
        Arrays.fill(out, Double.NaN);
    }

    /**
     * Computes the outputs for a row after the base bar, with no NaN in it, into {@link #out}, and
     * commits the row only when {@code commit} is true.
     */
    protected abstract void next(double[] row, boolean commit);
}
