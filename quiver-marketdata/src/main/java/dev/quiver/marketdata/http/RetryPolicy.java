package dev.quiver.marketdata.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a request is tried again after a 429, a 5xx, a timeout or a broken
 * connection. Immutable and thread-safe.
 *
 * <p>After the {@code n}-th failed attempt the delay is {@code d = min(maxDelay, baseDelay * 2^(n-1))}
 * with "equal jitter": half of {@code d} plus a random part of the other half, so that clients that
 * failed together do not retry together. A {@code Retry-After} given by the provider replaces the
 * computed delay, unless it exceeds {@code longestRetryAfter}: then waiting is left to the caller.
 *
 * @param maxAttempts attempts in all, including the first; at least 1
 * @param baseDelay the delay before jitter after the first failure
 * @param maxDelay the cap of the exponential delay
 * @param longestRetryAfter the longest {@code Retry-After} that is waited for
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration longestRetryAfter) {

    /** Four attempts, 1 s doubling up to 30 s, waiting up to 2 minutes when a provider asks. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2));

    /** Checks the values. */
    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(longestRetryAfter, "longestRetryAfter");
        if (maxAttempts < 1 || baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException(
                    "invalid retry policy: " + maxAttempts + " attempts, delays " + baseDelay + " to " + maxDelay);
        }
    }

    /** This policy with {@code attempts} attempts in all. */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, baseDelay, maxDelay, longestRetryAfter);
    }

    /**
     * The delay after the {@code failedAttempts}-th failure.
     *
     * @param failedAttempts how many attempts failed so far, at least 1
     * @param jitter a number in {@code [0, 1)}
     */
    public Duration backoff(int failedAttempts, double jitter) {
        long base = baseDelay.toMillis();
        long cap = maxDelay.toMillis();
        int doublings = Math.min(failedAttempts - 1, 30);
        long delay = base > cap >> doublings ? cap : Math.min(cap, base << doublings);
        long half = delay / 2;
        return Duration.ofMillis(delay - half + (long) (half * jitter));
    }
}
