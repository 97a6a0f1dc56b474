/**
 * Bars and columnar series on primitive arrays, and the adjusted views computed from raw prices plus
 * corporate actions.
 */
package dev.quiver.core.series;
