package dev.quiver.core.engine.push.support;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when told. Thread-safe. */
public final class ManualClock implements InstantSource {

    private final AtomicReference<Instant> now;

    /** A clock standing at {@code start}. */
    public ManualClock(Instant start) {
        now = new AtomicReference<>(start);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /** Moves the clock forward. */
    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }
}
