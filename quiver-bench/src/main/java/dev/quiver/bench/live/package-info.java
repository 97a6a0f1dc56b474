/**
 * Live-update benchmarks: the six indicators updated bar by bar through Quiver's live graph, beside
 * hand-written loops, ta4j and TA-Lib Java on the same bars, and the cost per analytic node of a
 * commit.
 */
package dev.quiver.bench.live;
