package dev.quiver.marketdata.http;

import dev.quiver.marketdata.RateLimitedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Spaces the requests of one source so that none of its {@link RateLimit}s is exceeded, counting in
 * sliding windows over the requests of this process.
 *
 * <p>Each {@link #acquire} reserves the earliest moment, no earlier than any reservation before it,
 * at which every limit has room, then waits until then; callers are served in the order they ask.
 * When that moment lies further ahead than the longest wait allowed (a daily quota used up), nothing
 * is reserved and {@link RateLimitedException} says when to come back. Thread-safe: reservations are
 * made under a lock, waits happen outside it.
 */
public final class RateLimiter {

    /** The longest wait for a permit before the limiter refuses: room for a per-minute limit. */
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    private final String source;
    private final List<RateLimit> limits;
    private final List<ArrayDeque<Instant>> granted = new ArrayList<>();
    private final Duration longestWait;
    private final Pacing pacing;
    private Instant lastReservation = Instant.MIN;

    /**
     * Creates a limiter.
     *
     * @param source the source's name, for messages
     * @param limits the limits to respect together; none means no limit
     * @param longestWait the longest a caller may be made to wait for one request
     * @param pacing the clock and sleeper
     */
    public RateLimiter(String source, List<RateLimit> limits, Duration longestWait, Pacing pacing) {
        this.source = Objects.requireNonNull(source, "source");
        this.limits = List.copyOf(limits);
        this.longestWait = Objects.requireNonNull(longestWait, "longestWait");
        this.pacing = Objects.requireNonNull(pacing, "pacing");
        for (int i = 0; i < this.limits.size(); i++) {
            granted.add(new ArrayDeque<>());
        }
    }

    /**
     * Waits until one more request may be sent.
     *
     * @return how long it waited
     * @throws RateLimitedException if it would have to wait longer than allowed
     * @throws InterruptedException if interrupted while waiting; the reservation is then used up
     */
    public Duration acquire() throws InterruptedException {
        Duration wait = reserve();
        if (!wait.isZero()) {
            pacing.sleeper().sleep(wait);
        }
        return wait;
    }

    private synchronized Duration reserve() {
        Instant now = pacing.clock().instant();
        Instant at = now.isAfter(lastReservation) ? now : lastReservation;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int k = 0; k < limits.size(); k++) {
                Instant free = freeAt(limits.get(k), granted.get(k), at);
                if (free.isAfter(at)) {
                    at = free;
                    moved = true;
                }
            }
        }
        Duration wait = Duration.between(now, at);
        if (wait.compareTo(longestWait) > 0) {
            throw new RateLimitedException(source, "the local limit of " + describeLimits() + " is used up", wait);
        }
        for (int k = 0; k < limits.size(); k++) {
            ArrayDeque<Instant> times = granted.get(k);
            Instant horizon = now.minus(limits.get(k).window());
            while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
                times.removeFirst();
            }
            times.addLast(at);
        }
        lastReservation = at;
        return wait;
    }

    /** The earliest moment not before {@code at} when {@code limit} has room, given the times granted. */
    private static Instant freeAt(RateLimit limit, ArrayDeque<Instant> times, Instant at) {
        Instant horizon = at.minus(limit.window());
        int inWindow = 0;
        for (Instant t : times) {
            if (t.isAfter(horizon)) {
                inWindow++;
            }
        }
        if (inWindow < limit.permits()) {
            return at;
        }
        int skip = inWindow - limit.permits();
        int seen = 0;
        for (Instant t : times) {
            if (t.isAfter(horizon)) {
                if (seen == skip) {
                    return t.plus(limit.window());
                }
                seen++;
            }
        }
        return at;
    }

    private String describeLimits() {
        return limits.stream()
                .map(RateLimit::toString)
                .reduce((a, b) -> a + " and " + b)
                .orElse("none");
    }
}
