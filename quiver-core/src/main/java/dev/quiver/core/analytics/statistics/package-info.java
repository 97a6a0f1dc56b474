/**
 * Statistics over rolling windows: dispersion, correlation and regression. One analytic per type;
 * {@link dev.quiver.core.analytics.statistics.StatisticsFamily} lists their definitions.
 */
package dev.quiver.core.analytics.statistics;
