/**
 * Risk and risk-adjusted performance of a returns series, alone or against a benchmark, with
 * empyrical's names and definitions: drawdowns, volatility, the Sharpe, Sortino, Calmar and Omega
 * ratios, downside risk, value at risk and its conditional form, the tail ratio, alpha and beta, and
 * the excess Sharpe (information ratio). {@link dev.quiver.core.analytics.risk.RiskFamily} lists their
 * definitions; the conventions are written down in {@code docs/analytics-metrics.md}.
 *
 * <p>Every metric is anchored to the evaluated range: its first bar is the base bar, and its value at
 * a bar is empyrical's metric of the returns after the base up to that bar (or of the last {@code
 * window} of them). See {@link dev.quiver.core.analytics.block.MetricState}.
 */
package dev.quiver.core.analytics.risk;
