package dev.quiver.bench.kernels;

import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
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

/**
 * The six indicators over {@code bars} bars (1,000,000), Quiver's batch kernels against TA-Lib
 * Java's array functions on the same data. Every pass over all bars is timed on its own (sample
 * mode), so that the report can take the fastest pass, the one least disturbed by other work on the
 * machine, and divide it by {@code bars}. Targets: each within 5 % of TA-Lib or faster; the sum of
 * the six faster than TA-Lib's sum.
 *
 * <p>The peer is declared after the indicator, so JMH runs the two peers of one indicator one after
 * the other: on a shared machine their figures then see the same load.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PullKernelBenchmark {

    @Param
    Indicator indicator;

    @Param
    Peer peer;

    @Param("1000000")
    int bars;

    /** Calls on short series before the first timed pass: enough for the JIT's full compilation. */
    static final int JIT_CALLS = 6_000;

    private DoubleSupplier kernel;

    /**
     * Builds the data, binds the peer's kernel once, and first runs it {@link #JIT_CALLS} times over
     * 1,000 bars. A pass over a million bars takes milliseconds, so a warm-up of a few seconds calls
     * a kernel only a few hundred times: too few for the JIT to compile it as a whole, and every pass
     * would run in the on-stack-replacement code of its loop, whose quality differs from one loop
     * shape to another. Both peers are warmed alike.
     */
    @Setup
    public void setUp() {
        DoubleSupplier warm = bind(new RandomWalk(1_000));
        for (int i = 0; i < JIT_CALLS; i++) {
            warm.getAsDouble();
        }
        kernel = bind(new RandomWalk(bars));
    }

    private DoubleSupplier bind(RandomWalk walk) {
        return switch (peer) {
            case QUIVER -> new QuiverKernels(indicator, walk)::run;
            case TALIB -> new TaLibKernels(indicator, walk)::run;
        };
    }

    /** Computes every output over every bar; returns the last value of the first output. */
    @Benchmark
    public double kernel() {
        return kernel.getAsDouble();
    }
}
