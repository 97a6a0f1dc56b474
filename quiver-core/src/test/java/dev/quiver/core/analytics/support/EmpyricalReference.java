package dev.quiver.core.analytics.support;

import java.util.Arrays;

/**
 * empyrical's definitions written plainly over arrays of returns without gaps: two-pass means and
 * deviations, products and sorts computed afresh. The reference the incremental kernels are checked
 * against at every bar, expanding and rolling; it shares no code with them.
 */
public final class EmpyricalReference {

    private EmpyricalReference() {}

    /** The arithmetic mean. */
    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** The sample standard deviation (ddof = 1), two-pass. */
    public static double sampleStd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    /** Each value minus {@code c}. */
    public static double[] minus(double[] x, double c) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] - c;
        }
        return y;
    }

    /** {@code prod(1 + r)}. */
    public static double growth(double[] r) {
        double g = 1;
        for (double v : r) {
            g *= 1 + v;
        }
        return g;
    }

    /** {@code annual_return}: {@code growth ^ (periods / bars) - 1}. */
    public static double annualReturn(double[] r, int bars, int periods) {
        return Math.pow(growth(r), (double) periods / bars) - 1;
    }

    /** The drawdown after the last return, wealth 1 counting as a peak. */
    public static double drawdown(double[] r) {
        double w = 1;
        double peak = 1;
        for (double v : r) {
            w *= 1 + v;
            peak = Math.max(peak, w);
        }
        return w / peak - 1;
    }

    /** {@code max_drawdown}: the worst drawdown along the way. */
    public static double maxDrawdown(double[] r) {
        double w = 1;
        double peak = 1;
        double worst = 0;
        for (double v : r) {
            w *= 1 + v;
            peak = Math.max(peak, w);
            worst = Math.min(worst, w / peak - 1);
        }
        return worst;
    }

    /** {@code sharpe_ratio}. */
    public static double sharpe(double[] r, double riskFree, int periods) {
        double[] x = minus(r, riskFree);
        return mean(x) / sampleStd(x) * Math.sqrt(periods);
    }

    /** {@code downside_risk}: the squared shortfalls averaged over all returns. */
    public static double downsideRisk(double[] r, double required, int periods) {
        double s = 0;
        for (double v : r) {
            double d = Math.min(v - required, 0);
            s += d * d;
        }
        return Math.sqrt(s / r.length) * Math.sqrt(periods);
    }

    /** {@code sortino_ratio}. */
    public static double sortino(double[] r, double required, int periods) {
        return mean(minus(r, required)) * periods / downsideRisk(r, required, periods);
    }

    /** {@code omega_ratio} with a per-period threshold. */
    public static double omega(double[] r, double riskFree, double required) {
        double gains = 0;
        double losses = 0;
        for (double v : r) {
            double x = v - riskFree - required;
            if (x > 0) {
                gains += x;
            } else {
                losses -= x;
            }
        }
        return losses > 0 ? gains / losses : Double.NaN;
    }

    /** {@code calmar_ratio}. */
    public static double calmar(double[] r, int bars, int periods) {
        double mdd = maxDrawdown(r);
        return mdd < 0 ? annualReturn(r, bars, periods) / -mdd : Double.NaN;
    }

    /** numpy's {@code percentile(r, 100 q)}, linear interpolation between order statistics. */
    public static double percentile(double[] r, double q) {
        double[] s = r.clone();
        Arrays.sort(s);
        double h = (s.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    /** {@code conditional_value_at_risk}: the mean of the {@code floor((n - 1) cutoff) + 1} smallest. */
    public static double cvar(double[] r, double cutoff) {
        double[] s = r.clone();
        Arrays.sort(s);
        int k = (int) ((s.length - 1) * cutoff) + 1;
        return mean(Arrays.copyOf(s, k));
    }

    /** {@code tail_ratio}. */
    public static double tailRatio(double[] r) {
        return Math.abs(percentile(r, 0.95)) / Math.abs(percentile(r, 0.05));
    }

    /** {@code stability_of_timeseries}: R² of the cumulative log returns on their index. */
    public static double stability(double[] r) {
        double[] x = new double[r.length];
        double[] y = new double[r.length];
        double c = 0;
        for (int i = 0; i < r.length; i++) {
            c += Math.log1p(r[i]);
            x[i] = i;
            y[i] = c;
        }
        double corr = covariance(x, y) / Math.sqrt(covariance(x, x) * covariance(y, y));
        return corr * corr;
    }

    /** {@code beta}: the slope of {@code r} on {@code f}. */
    public static double beta(double[] f, double[] r) {
        return covariance(f, r) / covariance(f, f);
    }

    /** {@code alpha}, compounded: {@code (1 + mean(r - rf - beta (f - rf))) ^ periods - 1}. */
    public static double alpha(double[] f, double[] r, double riskFree, int periods) {
        double b = beta(f, r);
        double[] a = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            a[i] = (r[i] - riskFree) - b * (f[i] - riskFree);
        }
        return Math.pow(1 + mean(a), periods) - 1;
    }

    /** {@code excess_sharpe}. */
    public static double excessSharpe(double[] f, double[] r) {
        double[] active = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            active[i] = r[i] - f[i];
        }
        return mean(active) / sampleStd(active);
    }

    /**
     * {@code capture}, {@code up_capture} or {@code down_capture} ({@code side} 0, 1, -1): the annual
     * returns of the bars of that side, over {@code bars} for all bars and over the bars of the side
     * otherwise.
     */
    public static double capture(double[] f, double[] r, int side, int bars, int periods) {
        int n = 0;
        double[] rs = new double[r.length];
        double[] fs = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            if (side == 0 || Math.signum(f[i]) == side) {
                rs[n] = r[i];
                fs[n] = f[i];
                n++;
            }
        }
        int span = side == 0 ? bars : n;
        return annualReturn(Arrays.copyOf(rs, n), span, periods) / annualReturn(Arrays.copyOf(fs, n), span, periods);
    }

    private static double covariance(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - mx) * (y[i] - my);
        }
        return s / x.length;
    }
}
