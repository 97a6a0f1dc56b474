package dev.quiver.core.analytics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.quiver.core.analytics.BoundAnalytic;
import dev.quiver.core.analytics.IncrementalState;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The push == pull check for any analytic: the incremental state, run bar by bar, must give the
 * batch result at every bar and for every output.
 *
 * <p>Equality rule: bit-exact ({@code ==}, or NaN on both sides). Batch loops and states share
 * their step functions and order of operations, so nothing looser is needed.
 *
 * <p>Three runs: final updates only; one to three random provisional updates (perturbed rows,
 * sometimes a NaN row) before each final one, where at some bars the provisional output must equal
 * the batch result of the history with that row as the last bar; and a series with NaN holes.
 */
public final class PushPull {

    private PushPull() {}

    /** Runs the three checks over these input columns. */
    public static void assertAgrees(BoundAnalytic analytic, double[][] inputs, long seed) {
        double[][] batch = analytic.batchKernel().compute(inputs);
        assertFinalUpdatesAgree(analytic, inputs, batch, "final updates");
        assertProvisionalUpdatesAgree(analytic, inputs, batch, new SplittableRandom(seed));
        double[][] holey = withHoles(inputs, new SplittableRandom(seed + 1));
        double[][] holeyBatch = analytic.batchKernel().compute(holey);
        assertFinalUpdatesAgree(analytic, holey, holeyBatch, "NaN holes");
        for (int i = 0; i < holey[0].length; i++) {
            if (rowHasNaN(holey, i)) {
                for (double[] o : holeyBatch) {
                    assertThat(o[i]).as("%s output at NaN row %d", analytic, i).isNaN();
                }
            }
        }
    }

    private static void assertFinalUpdatesAgree(BoundAnalytic a, double[][] in, double[][] batch, String run) {
        IncrementalState s = a.newState();
        double[] row = new double[in.length];
        for (int i = 0; i < in[0].length; i++) {
            fill(row, in, i);
            s.update(row, false);
            assertSame(a, batch, s, i, run);
        }
    }

    private static void assertProvisionalUpdatesAgree(
            BoundAnalytic a, double[][] in, double[][] batch, SplittableRandom rnd) {
        IncrementalState s = a.newState();
        int n = in[0].length;
        double[] row = new double[in.length];
        double[] p = new double[in.length];
        int checks = 0;
        for (int i = 0; i < n; i++) {
            fill(row, in, i);
            int provisional = 1 + rnd.nextInt(3);
            for (int j = 0; j < provisional; j++) {
                perturb(row, p, rnd);
                s.update(p, true);
                boolean check = i == a.lookback() || i == n - 1 || rnd.nextInt(n) < 6;
                if (check && checks++ < 12) {
                    double[][] expected = batchWithLastRow(a, in, i, p);
                    for (int k = 0; k < expected.length; k++) {
                        if (!same(expected[k][i], s.value(k))) {
                            fail(
                                    "%s provisional output %d at bar %d: batch %s, state %s",
                                    a, k, i, expected[k][i], s.value(k));
                        }
                    }
                }
            }
            s.update(row, false);
            assertSame(a, batch, s, i, "provisional then final updates");
        }
    }

    private static double[][] batchWithLastRow(BoundAnalytic a, double[][] in, int i, double[] last) {
        double[][] prefix = new double[in.length][];
        for (int k = 0; k < in.length; k++) {
            prefix[k] = Arrays.copyOf(in[k], i + 1);
            prefix[k][i] = last[k];
        }
        return a.batchKernel().compute(prefix);
    }

    private static void perturb(double[] row, double[] p, SplittableRandom rnd) {
        boolean nan = rnd.nextInt(20) == 0;
        for (int k = 0; k < row.length; k++) {
            p[k] = nan && k == 0 ? Double.NaN : row[k] * (1 + 0.02 * (rnd.nextDouble() - 0.5));
        }
    }

    private static double[][] withHoles(double[][] in, SplittableRandom rnd) {
        double[][] h = new double[in.length][];
        for (int k = 0; k < in.length; k++) {
            h[k] = in[k].clone();
        }
        int n = in[0].length;
        for (int i = 0; i < n; i++) {
            if (i < 7 || rnd.nextInt(50) == 0) {
                h[rnd.nextInt(in.length)][i] = Double.NaN;
            }
        }
        return h;
    }

    private static boolean rowHasNaN(double[][] in, int i) {
        for (double[] c : in) {
            if (Double.isNaN(c[i])) {
                return true;
            }
        }
        return false;
    }

    private static void fill(double[] row, double[][] in, int i) {
        for (int k = 0; k < row.length; k++) {
            row[k] = in[k][i];
        }
    }

    private static void assertSame(BoundAnalytic a, double[][] batch, IncrementalState s, int i, String run) {
        for (int k = 0; k < batch.length; k++) {
            if (!same(batch[k][i], s.value(k))) {
                fail("%s (%s) output %d at bar %d: batch %s, state %s", a, run, k, i, batch[k][i], s.value(k));
            }
        }
    }

    private static boolean same(double x, double y) {
        return x == y || (Double.isNaN(x) && Double.isNaN(y));
    }
}
