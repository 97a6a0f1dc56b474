/**
 * Momentum indicators: oscillators, rates of change and directional movement. One analytic per
 * type; {@link dev.quiver.core.analytics.momentum.MomentumFamily} lists their definitions.
 */
package dev.quiver.core.analytics.momentum;
