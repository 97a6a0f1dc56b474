/**
 * Price transforms: combinations of the fields of one bar, without history. {@link
 * dev.quiver.core.analytics.price.PriceFamily} lists their definitions.
 */
package dev.quiver.core.analytics.price;
