/**
 * Overlap studies: moving averages and bands drawn over price. One analytic per type; {@link
 * dev.quiver.core.analytics.overlap.OverlapFamily} lists their definitions.
 */
package dev.quiver.core.analytics.overlap;
