package dev.quiver.core.analytics.returns;

import dev.quiver.core.analytics.block.Annualisation;
import dev.quiver.core.analytics.block.MetricState;
import dev.quiver.core.analytics.block.RingBuffer;
import dev.quiver.core.analytics.block.WealthWindow;

/**
 * The state of {@code cagr}: the growth of the window's returns and the start times of the bars, the
 * base bar's included, from which the window's calendar span follows. Rows are {@code [return,
 * time]}. Not thread-safe; allocates only at construction.
 */
final class CagrState extends MetricState {

    private final int window;
    private final WealthWindow growth;
    private final RingBuffer times;

    CagrState(int window) {
        super(2, 1);
        this.window = window;
        this.growth = new WealthWindow(window);
        this.times = new RingBuffer(window == 0 ? 1 : window + 1);
    }

    @Override
    protected void base(double[] row) {
        times.push(row[1]);
    }

    @Override
    protected void next(double[] row, boolean commit) {
        if (growth.next(row[0], commit)) {
            double start = window == 0 ? times.oldest() : times.get(times.size() - window);
            out[0] = Annualisation.cagr(growth.current().growth(), row[1] - start);
        } else {
            out[0] = Double.NaN;
        }
        if (commit && window > 0) {
            times.push(row[1]);
        }
    }
}
