package dev.quiver.marketdata.http;

import dev.quiver.marketdata.Configuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * The limits of {@code source} in {@code config}: {@code <source>.requests-per-minute} and {@code
     * <source>.requests-per-day}, each 0 for none.
     *
     * @param defaultPerMinute requests a minute when not configured, 0 for no limit
     * @param defaultPerDay requests a day when not configured, 0 for no limit
     */
    public static List<RateLimit> configured(
            Configuration config, String source, int defaultPerMinute, int defaultPerDay) {
        int perMinute = config.count(source + ".requests-per-minute", defaultPerMinute, 0);
        int perDay = config.count(source + ".requests-per-day", defaultPerDay, 0);
        List<RateLimit> limits = new ArrayList<>();
        if (perMinute > 0) {
            limits.add(perMinute(perMinute));
        }
        if (perDay > 0) {
            limits.add(perDay(perDay));
        }
        return List.copyOf(limits);
    }

    @Override
    public String toString() {
        String per = window.equals(Duration.ofDays(1))
                ? "day"
                : window.equals(Duration.ofMinutes(1)) ? "minute" : window.toString();
        return permits + " requests per " + per;
    }
}
