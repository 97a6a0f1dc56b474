package dev.quiver.core.analytics.overlap;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.Columns;
import dev.quiver.core.analytics.block.Filter;
import dev.quiver.core.analytics.block.MaType;
import dev.quiver.core.analytics.block.RingBuffer;
import dev.quiver.core.analytics.block.Sma;
import dev.quiver.core.analytics.block.Variance;
import dev.quiver.core.analytics.block.WindowSum;

/**
 * Bollinger bands (TA-Lib BBANDS): middle = the {@code matype} average of {@code timeperiod} bars;
 * upper and lower = middle plus and minus {@code nbdevup} and {@code nbdevdn} population standard
 * deviations of the same bars. Outputs {@code upper}, {@code middle}, {@code lower}; lookback that
 * of the average.
 */
final class BbandsKernel implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "bbands", Family.OVERLAP, "Bollinger bands, population standard deviation (TA-Lib BBANDS)")
            .inputs("close")
            .param(ParamSpec.timePeriod(5, 2))
            .param(ParamSpec.real("nbdevup", 2, -3e37, 3e37, "upper band distance in standard deviations"))
            .param(ParamSpec.real("nbdevdn", 2, -3e37, 3e37, "lower band distance in standard deviations"))
            .param(MaType.param("matype", MaType.SMA))
            .outputs("upper", "middle", "lower")
            .kernel(p -> new BbandsKernel(BbandsParams.of(
                    p.intValue("timeperiod"),
                    p.doubleValue("nbdevup"),
                    p.doubleValue("nbdevdn"),
                    MaType.of(p.choice("matype")))))
            .build();

    private final BbandsParams p;

    BbandsKernel(BbandsParams p) {
        this.p = p;
    }

    @Override
    public int lookback() {
        return p.lookback();
    }

    @Override
    public KernelState newState() {
        return p.maType() == MaType.SMA ? new SmaState(p) : new State(p);
    }

    @Override
    public void compute(double[][] inputs, double[][] outputs) {
        if (p.maType() != MaType.SMA || !loop(inputs[0], outputs)) {
            AnalyticKernel.super.compute(inputs, outputs);
        }
    }

    /**
     * The array loop; false if a NaN reached the running sums (the outputs are then unusable). The
     * middle band keeps its own running sum, as {@link Sma} does; the deviation uses the window sums
     * of {@link Variance}.
     */
    private boolean loop(double[] x, double[][] outputs) {
        int n = p.n();
        int lb = n - 1;
        Columns.warmUp(outputs, lb);
        double reciprocal = 1.0 / n;
        double partial = 0;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < lb && i < x.length; i++) {
            partial += x[i];
            sum = WindowSum.add(sum, x[i]);
            sumSq = WindowSum.add(sumSq, x[i] * x[i]);
        }
        for (int i = lb; i < x.length; i++) {
            double entering = x[i];
            double leaving = x[i - lb];
            double total = WindowSum.add(sum, entering);
            double totalSq = WindowSum.add(sumSq, entering * entering);
            double middle = Sma.mean(partial, entering, reciprocal);
            double sd = Variance.stddev(Variance.of(total, totalSq, n));
            outputs[0][i] = middle + sd * p.devUp();
            outputs[1][i] = middle;
            outputs[2][i] = middle - sd * p.devDown();
            partial = Sma.slide(partial, entering, leaving);
            sum = WindowSum.drop(total, leaving);
            sumSq = WindowSum.drop(totalSq, leaving * leaving);
        }
        return !Double.isNaN(sum);
    }

    /** Any middle band: its average, and a {@link Variance} of the same bars. */
    private static final class State extends KernelState {
        private final BbandsParams p;
        private final Filter middle;
        private final Variance variance;

        State(BbandsParams p) {
            super(1, 3);
            this.p = p;
            this.middle = p.maType().create(p.n());
            this.variance = new Variance(p.n());
        }

        @Override
        protected void step(double[] row, boolean commit) {
            double m = middle.step(row[0], commit);
            double sd = Variance.stddev(variance.step(row[0], commit));
            out[0] = m + sd * p.devUp();
            out[1] = m;
            out[2] = m - sd * p.devDown();
        }
    }

    /**
     * An SMA middle band, stepped as {@link #loop} steps it: one window of values serves the mean's
     * running sum and the deviation's window sums, where {@link State} would keep the same values
     * twice, in its {@link Sma} and in its {@link Variance}.
     */
    private static final class SmaState extends KernelState {
        private final BbandsParams p;
        private final double reciprocal;
        private final RingBuffer window;
        private double partial;
        private double sum;
        private double sumSq;

        SmaState(BbandsParams p) {
            super(1, 3);
            this.p = p;
            this.reciprocal = 1.0 / p.n();
            this.window = new RingBuffer(p.n() - 1);
        }

        @Override
        protected void step(double[] row, boolean commit) {
            double entering = row[0];
            double total = WindowSum.add(sum, entering);
            double totalSq = WindowSum.add(sumSq, entering * entering);
            boolean full = window.isFull();
            if (full) {
                double middle = Sma.mean(partial, entering, reciprocal);
                double sd = Variance.stddev(Variance.of(total, totalSq, p.n()));
                out[0] = middle + sd * p.devUp();
                out[1] = middle;
                out[2] = middle - sd * p.devDown();
            }
            if (!commit) {
                return;
            }
            if (full) {
                double leaving = window.oldest();
                partial = Sma.slide(partial, entering, leaving);
                sum = WindowSum.drop(total, leaving);
                sumSq = WindowSum.drop(totalSq, leaving * leaving);
            } else {
                partial += entering;
                sum = total;
                sumSq = totalSq;
            }
            window.push(entering);
        }
    }
}
