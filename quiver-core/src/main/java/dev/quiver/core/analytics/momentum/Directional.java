package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.RingBuffer;
import dev.quiver.core.analytics.block.TaMath;
import java.util.Locale;

/**
 * Wilder's directional movement system with TA-Lib's seeding ({@link DirectionalSums}): PLUS_DM and
 * MINUS_DM (the smoothed sums, from bar n-1), PLUS_DI and MINUS_DI ({@code 100 * DM / TR}, from bar
 * n), DX ({@code 100 * |DI+ - DI-| / (DI+ + DI-)}, the previous value when undefined), ADX (the mean
 * of the first n DX values at bar 2n-1, then Wilder-smoothed) and ADXR ({@code (ADX + ADX n-1 bars
 * ago) / 2}).
 */
enum Directional {
    /** Smoothed +DM; lookback n - 1. */
    PLUS_DM("Plus directional movement", "high", "low"),
    /** Smoothed -DM; lookback n - 1. */
    MINUS_DM("Minus directional movement", "high", "low"),
    /** +DI; lookback n. */
    PLUS_DI("Plus directional indicator", "high", "low", "close"),
    /** -DI; lookback n. */
    MINUS_DI("Minus directional indicator", "high", "low", "close"),
    /** DX; lookback n. */
    DX("Directional movement index", "high", "low", "close"),
    /** ADX; lookback 2n - 1. */
    ADX("Average directional movement index", "high", "low", "close"),
    /** ADXR; lookback 3n - 2. */
    ADXR("Average directional movement index rating", "high", "low", "close");

    private final AnalyticDefinition definition;

    Directional(String description, String... inputs) {
        this.definition = AnalyticDefinition.builder(
                        name().toLowerCase(Locale.ROOT), Family.MOMENTUM, description + " (TA-Lib " + name() + ")")
                .inputs(inputs)
                .param(ParamSpec.timePeriod(14, 2))
                .kernel(p -> new Kernel(this, p.intValue("timeperiod")))
                .build();
    }

    /** The catalogue entry. */
    AnalyticDefinition definition() {
        return definition;
    }

    int lookback(int n) {
        return switch (this) {
            case PLUS_DM, MINUS_DM -> n - 1;
            case PLUS_DI, MINUS_DI, DX -> n;
            case ADX -> 2 * n - 1;
            case ADXR -> 3 * n - 2;
        };
    }

    private static double di(double dm, double tr) {
        return TaMath.isZero(tr) ? 0.0 : 100.0 * (dm / tr);
    }

    /** DX from the sums, or NaN where TA-Lib leaves it undefined (zero range or zero DI sum). */
    private static double dx(DirectionalSums s) {
        if (TaMath.isZero(s.trueRange())) {
            return Double.NaN;
        }
        double minus = 100.0 * (s.minusDm() / s.trueRange());
        double plus = 100.0 * (s.plusDm() / s.trueRange());
        double sum = minus + plus;
        return TaMath.isZero(sum) ? Double.NaN : 100.0 * (Math.abs(minus - plus) / sum);
    }

    private static final class Kernel implements AnalyticKernel {
        private final Directional kind;
        private final int n;

        Kernel(Directional kind, int n) {
            this.kind = kind;
            this.n = n;
        }

        @Override
        public int lookback() {
            return kind.lookback(n);
        }

        @Override
        public KernelState newState() {
            return new State(kind, n, kind.definition.inputs().size());
        }
    }

    private static final class State extends KernelState {
        private final Directional kind;
        private final int n;
        private final DirectionalSums sums;
        private final RingBuffer adxHistory;
        private int bars;
        private double dxSum;
        private double lastDx;
        private double adx;

        State(Directional kind, int n, int inputs) {
            super(inputs, 1);
            this.kind = kind;
            this.n = n;
            this.sums = new DirectionalSums(n);
            this.adxHistory = new RingBuffer(n - 1);
        }

        @Override
        protected void step(double[] row, boolean commit) {
            double close = inputCount() > 2 ? row[2] : row[1];
            sums.step(row[0], row[1], close, commit);
            int t = bars;
            out[0] = switch (kind) {
                case PLUS_DM -> t >= n - 1 ? sums.plusDm() : Double.NaN;
                case MINUS_DM -> t >= n - 1 ? sums.minusDm() : Double.NaN;
                case PLUS_DI -> t >= n ? di(sums.plusDm(), sums.trueRange()) : Double.NaN;
                case MINUS_DI -> t >= n ? di(sums.minusDm(), sums.trueRange()) : Double.NaN;
                case DX -> dxStep(t, commit);
                case ADX -> adxStep(t, commit);
                case ADXR -> adxrStep(t, commit);
            };
            if (commit && bars < 3 * n) {
                bars++;
            }
        }

        private double dxStep(int t, boolean commit) {
            if (t < n) {
                return Double.NaN;
            }
            double dx = dx(sums);
            double v = Double.isNaN(dx) ? (t == n ? 0.0 : lastDx) : dx;
            if (commit) {
                lastDx = v;
            }
            return v;
        }

        private double adxStep(int t, boolean commit) {
            if (t < n) {
                return Double.NaN;
            }
            double dx = dx(sums);
            double v;
            if (t < 2 * n - 1) {
                if (commit && !Double.isNaN(dx)) {
                    dxSum += dx;
                }
                return Double.NaN;
            } else if (t == 2 * n - 1) {
                v = (Double.isNaN(dx) ? dxSum : dxSum + dx) / n;
            } else {
                v = Double.isNaN(dx) ? adx : ((adx * (n - 1)) + dx) / n;
            }
            if (commit) {
                adx = v;
            }
            return v;
        }

        private double adxrStep(int t, boolean commit) {
            double a = adxStep(t, commit);
            double v = adxHistory.isFull() && !Double.isNaN(a) ? (a + adxHistory.oldest()) / 2.0 : Double.NaN;
            if (commit && !Double.isNaN(a)) {
                adxHistory.push(a);
            }
            return v;
        }
    }
}
