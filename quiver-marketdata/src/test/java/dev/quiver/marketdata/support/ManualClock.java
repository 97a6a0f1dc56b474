package dev.quiver.marketdata.support;

import dev.quiver.marketdata.http.Pacing;
import dev.quiver.marketdata.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A UTC clock that moves only when told, with a {@link Sleeper} that records each wait and advances
 * the clock by it instead of sleeping. Thread-safe.
 */
public final class ManualClock extends Clock {

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private Instant now;

    /** A clock showing {@code start}. */
    public ManualClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock forward. */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** A sleeper that records the wait and advances this clock by it. */
    public Sleeper sleeper() {
        return duration -> {
            sleeps.add(duration);
            advance(duration);
        };
    }

    /** This clock, its sleeper, and jitter fixed at one half. */
    public Pacing pacing() {
        return new Pacing(this, sleeper(), () -> 0.5);
    }

    /** Every wait the sleeper was asked for, in order. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a manual clock stays in UTC");
    }
}
