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

/**
 * The six indicators over 1,000,000 bars, Quiver's batch kernels against TA-Lib Java's array
 * functions on the same data, in nanoseconds per bar. Targets: each within 5 % of TA-Lib or faster;
 * the sum of the six faster than TA-Lib's sum.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PullKernelBenchmark {

    static final int BARS = 1_000_000;

    @Param
    Indicator indicator;

    private QuiverKernels quiver;
    private TaLibKernels talib;

    /** Builds the data and binds each peer's kernel once. */
    @Setup
    public void setUp() {
        RandomWalk bars = new RandomWalk(BARS);
        quiver = new QuiverKernels(indicator, bars);
        talib = new TaLibKernels(indicator, bars);
    }

    /** Quiver's batch kernel. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public double quiver() {
        return quiver.run();
    }

    /** TA-Lib Java. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public double talib() {
        return talib.run();
    }
}
