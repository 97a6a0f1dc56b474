/**
 * JMH benchmarks of the SQLite bar store: bulk import throughput (bars per second), the latency of
 * reading one asset's ten years of daily bars in the split-adjusted view, and a pull query of many
 * analytics over many assets read from the store.
 */
package dev.quiver.bench.store;
