package dev.quiver.core.graph;

import dev.quiver.core.asset.AssetId;

/**
 * Where an expression first names an asset, so that an unknown asset can be reported at its
 * position. Immutable.
 *
 * @param asset the asset named
 * @param expression the expression text as given
 * @param position the 0-based offset of the reference in it
 */
public record AssetReference(AssetId asset, String expression, int position) {}
