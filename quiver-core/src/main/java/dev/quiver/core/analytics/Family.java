package dev.quiver.core.analytics;

import java.util.Locale;

/** The family an analytic belongs to; each family is one sub-package of {@code analytics}. */
public enum Family {
    /** Moving averages and bands plotted over price. */
    OVERLAP,
    /** Oscillators and rates of change. */
    MOMENTUM,
    /** Indicators built on traded volume. */
    VOLUME,
    /** Ranges and their averages. */
    VOLATILITY,
    /** Dispersion, correlation and regression. */
    STATISTICS,
    /** Rolling sums and extremes. */
    MATH,
    /** Combinations of the fields of one bar. */
    PRICE,
    /** Returns and their compounding over the evaluated range (empyrical). */
    RETURNS,
    /** Risk and risk-adjusted performance of returns, alone or against a benchmark (empyrical). */
    RISK;

    /** The lower-case name used in documents and APIs. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
