/**
 * JMH benchmarks of the SQLite bar store: bulk import throughput (bars per second) and the latency of
 * reading one asset's ten years of daily bars in the split-adjusted view.
 */
package dev.quiver.bench.store;
