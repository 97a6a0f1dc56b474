/**
 * The explicit dependency graph: expressions bound against the catalogue into nodes shared by
 * identity, checked for cycles and planned (topological order, heights, warm-up) before anything
 * is computed.
 */
package dev.quiver.core.graph;
