/**
 * The pull engine: expressions evaluated over a date range, history read as warm-up, every node
 * computed once by its batch kernel.
 */
package dev.quiver.core.engine.pull;
