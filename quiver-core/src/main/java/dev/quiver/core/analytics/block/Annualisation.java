package dev.quiver.core.analytics.block;

/** Turning growth into annual rates, as empyrical does. Stateless and thread-safe. */
public final class Annualisation {

    /** Seconds in the calendar year {@code cagr} uses: 365.25 days. */
    public static final double SECONDS_PER_YEAR = 365.25 * 86400;

    private Annualisation() {}

    /**
     * The bars a run of returns spans, the {@code N} of {@link #annualReturn}: expanding, the returns
     * after the base bar plus the base bar itself (empyrical counts the leading NaN of a returns
     * series); rolling, the window, as empyrical's rolling functions slice {@code window} returns.
     *
     * @param window returns in a rolling window, or 0 for expanding
     * @param returns the returns compounded
     */
    public static int bars(int window, int returns) {
        return window == 0 ? returns + 1 : window;
    }

    /**
     * empyrical's {@code annual_return}: {@code growth ^ (1 / years) - 1} with {@code years = bars /
     * periods}, where {@code bars} counts the bars the growth is spread over.
     */
    public static double annualReturn(double growth, double bars, int periods) {
        double years = bars / periods;
        return Math.pow(growth, 1 / years) - 1;
    }

    /** The compound annual growth rate over {@code seconds} of calendar time; NaN when no time elapsed. */
    public static double cagr(double growth, double seconds) {
        if (!(seconds > 0)) {
            return Double.NaN;
        }
        return Math.pow(growth, SECONDS_PER_YEAR / seconds) - 1;
    }
}
