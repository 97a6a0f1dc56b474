/**
 * Measurements of the push engine over a live universe of assets with the same fixed-window
 * analytics each: a JMH benchmark of tick throughput into one shard, and two plain harnesses, tick
 * to listener latency (HdrHistogram, at fixed rates, from each tick's intended send time) and the
 * retained heap per asset and per live node. The harnesses write their results in JMH's JSON shape.
 */
package dev.quiver.bench.engine;
