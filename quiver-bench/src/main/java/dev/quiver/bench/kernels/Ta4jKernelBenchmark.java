package dev.quiver.bench.kernels;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ta4j.core.num.DecimalNum;
import org.ta4j.core.num.DoubleNum;

/**
 * The same six indicators in ta4j: with DoubleNum (its fast mode) over {@code doubleBars} bars
 * (100,000), and with its default DecimalNum over {@code decimalBars} (10,000; it is two orders of
 * magnitude slower). Each pass is timed on its own (sample mode); the report divides by the number
 * of bars. Target: ta4j DoubleNum / Quiver at least 20.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class Ta4jKernelBenchmark {

    @Param
    Indicator indicator;

    @Param("100000")
    int doubleBars;

    @Param("10000")
    int decimalBars;

    private Ta4jKernels doubles;
    private Ta4jKernels decimals;

    /** Builds each series once. */
    @Setup
    public void setUp() {
        doubles = new Ta4jKernels(indicator, new RandomWalk(doubleBars), DoubleNum::valueOf);
        decimals = new Ta4jKernels(indicator, new RandomWalk(decimalBars), DecimalNum::valueOf);
    }

    /** ta4j with DoubleNum over {@code doubleBars} bars. */
    @Benchmark
    public double ta4jDouble() {
        return doubles.run();
    }

    /** ta4j with its default DecimalNum over {@code decimalBars} bars. */
    @Benchmark
    public double ta4jDecimal() {
        return decimals.run();
    }
}
