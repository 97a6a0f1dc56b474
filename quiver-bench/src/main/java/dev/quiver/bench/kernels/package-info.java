/** Pull-kernel benchmarks: Quiver's batch kernels beside TA-Lib Java and ta4j on the same data. */
package dev.quiver.bench.kernels;
