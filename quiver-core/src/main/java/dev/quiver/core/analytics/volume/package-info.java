/**
 * Volume indicators: cumulative and oscillating flows of traded volume. One analytic per type;
 * {@link dev.quiver.core.analytics.volume.VolumeFamily} lists their definitions.
 */
package dev.quiver.core.analytics.volume;
