/**
 * Volatility indicators: true range and its averages. One analytic per type; {@link
 * dev.quiver.core.analytics.volatility.VolatilityFamily} lists their definitions.
 */
package dev.quiver.core.analytics.volatility;
