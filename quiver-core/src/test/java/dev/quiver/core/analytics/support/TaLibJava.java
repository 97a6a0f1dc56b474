package dev.quiver.core.analytics.support;

import static org.assertj.core.api.Assertions.fail;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import dev.quiver.core.analytics.BoundAnalytic;
import java.util.Arrays;

/**
 * TA-Lib's Java port ({@code com.tictactec:ta-lib:0.4.0}, the TA-Lib 0.4.0 algorithms translated
 * to Java) as the reference implementation: runs one of its functions over whole columns and places
 * the results at their bar indexes, NaN before {@code outBegIdx}.
 */
public final class TaLibJava {

    /**
     * The agreement rule with TA-Lib: {@code |ours - theirs| <= 1e-9 * max(1, |ours|, |theirs|)}
     * (1e-9 relative, absolute near zero), NaN exactly where TA-Lib has no output.
     */
    public static final double TOLERANCE = 1e-9;

    private TaLibJava() {}

    /** One call of a {@link Core} function from index 0 to {@code endIdx} into {@code out}. */
    @FunctionalInterface
    public interface Call {
        /** Calls the function. */
        RetCode apply(Core core, int endIdx, MInteger begIdx, MInteger nbElement, double[][] out);
    }

    /** Runs {@code call} over {@code n} bars with {@code outputs} output columns. */
    public static double[][] run(int n, int outputs, Call call) {
        double[][] raw = new double[outputs][n];
        MInteger beg = new MInteger();
        MInteger nb = new MInteger();
        RetCode rc = call.apply(new Core(), n - 1, beg, nb, raw);
        if (rc != RetCode.Success) {
            fail("TA-Lib returned " + rc);
        }
        double[][] placed = new double[outputs][n];
        for (int k = 0; k < outputs; k++) {
            Arrays.fill(placed[k], Double.NaN);
            System.arraycopy(raw[k], 0, placed[k], beg.value, nb.value);
        }
        return placed;
    }

    /**
     * Asserts that {@code analytic} over {@code bars} (its default inputs) agrees with TA-Lib's
     * {@code call} over the same bars, by the {@link #TOLERANCE} rule.
     */
    public static void assertMatches(BoundAnalytic analytic, Bars bars, Call call) {
        double[][] ours = analytic.batchKernel().compute(bars.columns(analytic.inputs()));
        assertAgrees(analytic.text(), run(bars.size(), ours.length, call), ours);
    }

    /** Asserts the {@link #TOLERANCE} rule at every bar of every output. */
    public static void assertAgrees(String what, double[][] expected, double[][] actual) {
        for (int k = 0; k < expected.length; k++) {
            for (int i = 0; i < expected[k].length; i++) {
                double e = expected[k][i];
                double a = actual[k][i];
                boolean ok = Double.isNaN(e)
                        ? Double.isNaN(a)
                        : Math.abs(a - e) <= TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(e)));
                if (!ok) {
                    fail("%s output %d at bar %d: TA-Lib %s, ours %s", what, k, i, e, a);
                }
            }
        }
    }
}
