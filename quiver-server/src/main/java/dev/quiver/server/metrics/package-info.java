/**
 * The server's Micrometer meters, exposed as Prometheus text: requests by route and status with
 * latency, pull computations, store read timings and column cache lookups, plus the decorators that
 * measure the store and the cache where the pull engine uses them.
 */
package dev.quiver.server.metrics;
