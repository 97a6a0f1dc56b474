package dev.quiver.marketdata.http;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How time passes for rate limits and retries: the clock that says when it is, the sleeper that
 * waits, and the source of jitter (uniform in {@code [0, 1)}) spread over backoff delays. Tests pass a
 * manual clock, a sleeper that advances it, and a fixed jitter. Immutable; thread-safe when its parts
 * are.
 *
 * @param clock tells the time
 * @param sleeper waits
 * @param jitter gives numbers in {@code [0, 1)}
 */
public record Pacing(Clock clock, Sleeper sleeper, DoubleSupplier jitter) {

    /** Requires every part. */
    public Pacing {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(jitter, "jitter");
    }

    /** The system clock, real sleeping and random jitter. */
    public static Pacing system() {
        return new Pacing(
                Clock.systemUTC(),
                Sleeper.system(),
                () -> ThreadLocalRandom.current().nextDouble());
    }
}
