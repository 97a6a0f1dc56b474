package dev.quiver.marketdata.http;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code permits} requests in any window of length {@code window}, such as 60 a minute or 25
 * a day. Immutable and thread-safe.
 *
 * @param permits requests allowed per window, positive
 * @param window the window's length, positive
 */
public record RateLimit(int permits, Duration window) {

    /** Checks both values are positive. */
    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (permits < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(
                    "a rate limit needs permits and a window above zero: " + permits + " per " + window);
        }
    }

    /** {@code permits} requests a minute. */
    public static RateLimit perMinute(int permits) {
        return new RateLimit(permits, Duration.ofMinutes(1));
    }

    /** {@code permits} requests a day (any 24 hours). */
    public static RateLimit perDay(int permits) {
        return new RateLimit(permits, Duration.ofDays(1));
    }

    @Override
    public String toString() {
        return permits + " requests per "
                + (window.equals(Duration.ofDays(1))
                        ? "day"
                        : window.equals(Duration.ofMinutes(1)) ? "minute" : window);
    }
}
