/**
 * Math operators over rolling windows: sums and extremes. One analytic per type; {@link
 * dev.quiver.core.analytics.math.MathFamily} lists their definitions.
 */
package dev.quiver.core.analytics.math;
