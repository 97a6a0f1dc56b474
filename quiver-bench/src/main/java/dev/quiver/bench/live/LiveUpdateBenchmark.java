package dev.quiver.bench.live;

import dev.quiver.bench.kernels.RandomWalk;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * A live update of the six indicators per new bar: each peer takes the next bar and every one of
 * the ten outputs is read. An invocation updates {@code bars} consecutive bars of a seeded random
 * walk ({@link #WALK} bars, taken round and round), and is timed on its own (sample mode); the report
 * divides its median by {@code bars}. Target: Quiver at most 100 ns per bar.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1)
public class LiveUpdateBenchmark {

    /** The bars of the walk, a power of two. */
    static final int WALK = 1 << 16;

    @Param
    LivePeer peer;

    @Param("1000")
    int bars;

    private final RandomWalk walk = new RandomWalk(WALK);
    private LiveSix six;
    private int next;

    /** Creates the peer's live form, with no bar given. */
    @Setup
    public void setUp() {
        six = LiveSix.of(peer);
    }

    /** Updates the next {@code bars} bars, each output read after each bar into the blackhole. */
    @Benchmark
    public void update(Blackhole blackhole) {
        for (int b = 0; b < bars; b++) {
            six.update(walk, next);
            next = (next + 1) & (WALK - 1);
            for (int k = 0; k < LiveSix.OUTPUTS; k++) {
                blackhole.consume(six.value(k));
            }
        }
    }
}
