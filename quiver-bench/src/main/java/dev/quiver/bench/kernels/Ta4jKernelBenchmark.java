package dev.quiver.bench.kernels;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ta4j.core.num.DecimalNum;
import org.ta4j.core.num.DoubleNum;

/**
 * The same six indicators in ta4j, in nanoseconds per bar: with DoubleNum (its fast mode) over
 * 100,000 bars, and with its default DecimalNum over 10,000 (it is two orders of magnitude slower).
 * Target: ta4j DoubleNum / Quiver at least 20.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class Ta4jKernelBenchmark {

    static final int DOUBLE_BARS = 100_000;
    static final int DECIMAL_BARS = 10_000;

    @Param
    Indicator indicator;

    private Ta4jKernels doubles;
    private Ta4jKernels decimals;

    /** Builds each series once. */
    @Setup
    public void setUp() {
        doubles = new Ta4jKernels(indicator, new RandomWalk(DOUBLE_BARS), DoubleNum::valueOf);
        decimals = new Ta4jKernels(indicator, new RandomWalk(DECIMAL_BARS), DecimalNum::valueOf);
    }

    /** ta4j with DoubleNum. */
    @Benchmark
    @OperationsPerInvocation(DOUBLE_BARS)
    public double ta4jDouble() {
        return doubles.run();
    }

    /** ta4j with its default DecimalNum. */
    @Benchmark
    @OperationsPerInvocation(DECIMAL_BARS)
    public double ta4jDecimal() {
        return decimals.run();
    }
}
