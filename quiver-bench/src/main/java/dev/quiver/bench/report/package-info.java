/**
 * The benchmark report: reads JMH's JSON results, evaluates each figure and its peers' figures from
 * the same run against the targets, and prints one table. The figures and targets are data, declared
 * in {@link dev.quiver.bench.report.Scorecard#standard()}.
 */
package dev.quiver.bench.report;
