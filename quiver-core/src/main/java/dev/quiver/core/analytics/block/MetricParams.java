package dev.quiver.core.analytics.block;

import dev.quiver.core.analytics.InputSpec;
import dev.quiver.core.analytics.ParamSpec;

/**
 * The inputs and keyword-only parameters the return and risk metrics share, so that each is declared
 * once. Immutable and thread-safe.
 */
public final class MetricParams {

    /** The subject's one-bar simple returns of close, the default input of every metric. */
    public static final InputSpec RETURNS = InputSpec.withDefault("returns", "returns(close)");

    /** A benchmark's or factor's returns, which the expression must give: {@code returns(close@SPY)}. */
    public static final InputSpec FACTOR = InputSpec.required("factor");

    /** Each bar's start in epoch seconds: calendar time for {@code cagr}. */
    public static final InputSpec TIME = InputSpec.withDefault("time", "time");

    /** {@code window}: 0 (default) for expanding from the first bar of the range, else rolling. */
    public static final ParamSpec WINDOW = ParamSpec.integer(
                    "window", 0, 0, 100000, "returns in a rolling window, at least 2; 0: expanding over the range")
            .asKeywordOnly();

    /** {@code periods}: the annualisation factor, by default the asset calendar's periods a year. */
    public static final ParamSpec PERIODS = ParamSpec.periods();

    /** {@code risk_free}: the risk-free return per period. */
    public static final ParamSpec RISK_FREE =
            ParamSpec.real("risk_free", 0, -1, 1, "risk-free return per period").asKeywordOnly();

    /** {@code required_return}: the minimum acceptable return per period. */
    public static final ParamSpec REQUIRED_RETURN = ParamSpec.real(
                    "required_return", 0, -1, 1, "minimum acceptable return per period")
            .asKeywordOnly();

    /** {@code cutoff}: the left-tail probability of VaR and CVaR. */
    public static final ParamSpec CUTOFF =
            ParamSpec.real("cutoff", 0.05, 0, 1, "left-tail probability").asKeywordOnly();

    /** {@code starting_value}: the value invested; 0 gives cumulative returns instead of wealth. */
    public static final ParamSpec STARTING_VALUE = ParamSpec.real(
                    "starting_value", 0, 0, 1e15, "value invested at the base bar; 0: cumulative return")
            .asKeywordOnly();

    private MetricParams() {}

    /**
     * Checks a {@code window} value.
     *
     * @throws IllegalArgumentException if it is 1
     */
    public static void checkWindow(int window) {
        if (window == 1) {
            throw new IllegalArgumentException("window must be 0 (expanding) or at least 2, was 1");
        }
    }
}
