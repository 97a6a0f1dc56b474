package dev.quiver.server.api;

import java.util.List;

/**
 * The body of {@code POST /api/query}: the same expressions on many assets over one range. Immutable.
 *
 * @param symbols the assets, at least one
 * @param expressions the expressions, at least one
 * @param from the first date (inclusive), optional
 * @param to the last date (inclusive), optional
 * @param align intersect (default) or asof, for other assets' values
 */
record QueryBody(List<String> symbols, List<String> expressions, String from, String to, String align) {}
