/**
 * Returns and their compounding, with empyrical's names and definitions: one-bar simple and log
 * returns of a price, and the metrics of a returns series over the evaluated range that rest on
 * growth: cumulative returns, annual return and CAGR, the stability of the cumulative log returns,
 * and the capture ratios against a benchmark. {@link dev.quiver.core.analytics.returns.ReturnsFamily}
 * lists their definitions; the conventions are written down in {@code docs/analytics-metrics.md}.
 *
 * <p>Every metric is anchored to the evaluated range: its first bar is the base bar, and its value at
 * a bar is empyrical's metric of the returns after the base up to that bar (or of the last {@code
 * window} of them). See {@link dev.quiver.core.analytics.block.MetricState}.
 */
package dev.quiver.core.analytics.returns;
