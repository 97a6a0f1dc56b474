package dev.quiver.core.engine.pull;

/**
 * Why a requested column could not be computed (missing data, bad input) while the others were.
 * Immutable.
 *
 * @param column the column label
 * @param reason what went wrong, naming the node and asset
 */
public record NodeFailure(String column, String reason) {}
