package dev.quiver.marketdata;

import java.time.Duration;
import java.util.Optional;

/**
 * Too many requests: the provider kept answering "429 Too Many Requests" (or its equivalent) through
 * every retry, or the local rate limit (such as a daily quota) would make the caller wait longer than
 * allowed. {@link #retryAfter} says when trying again may succeed, when that is known.
 */
public final class RateLimitedException extends MarketDataException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * Creates the failure.
     *
     * @param source the source's name
     * @param detail where and by whom the requests were refused
     * @param retryAfter how long to wait before trying again, or null when unknown
     */
    public RateLimitedException(String source, String detail, Duration retryAfter) {
        super(
                source,
                "rate limited: " + detail + (retryAfter == null ? "" : "; retry after " + text(retryAfter)),
                null);
        this.retryAfter = retryAfter;
    }

    /** How long to wait before trying again, when known. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    private static String text(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds < 120
                ? seconds + " s"
                : seconds < 7200 ? (seconds + 59) / 60 + " min" : (seconds + 3599) / 3600 + " h";
    }
}
