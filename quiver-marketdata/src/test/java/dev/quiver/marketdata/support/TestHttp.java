package dev.quiver.marketdata.support;

import dev.quiver.marketdata.http.HttpSettings;
import dev.quiver.marketdata.http.PoliteClient;
import dev.quiver.marketdata.http.RateLimit;
import dev.quiver.marketdata.http.RateLimiter;
import dev.quiver.marketdata.http.RetryPolicy;
import java.net.CookieManager;
import java.time.Duration;
import java.util.List;

/** Polite clients for tests: short timeouts, the default retries, waits on a {@link ManualClock}. */
public final class TestHttp {

    /** The timeout of test requests: long enough for a loopback answer, short enough to wait out. */
    public static final Duration TIMEOUT = Duration.ofSeconds(2);

    private TestHttp() {}

    /** Settings with {@code timeout} for connecting and for each attempt, and the default retries. */
    public static HttpSettings settings(Duration timeout) {
        return new HttpSettings(timeout, timeout, RetryPolicy.DEFAULT, HttpSettings.USER_AGENT);
    }

    /** A client of source {@code test} with {@code settings}, these rate limits and {@code clock}'s pacing. */
    public static PoliteClient client(ManualClock clock, HttpSettings settings, RateLimit... limits) {
        RateLimiter limiter = new RateLimiter("test", List.of(limits), Duration.ofMinutes(5), clock.pacing());
        return new PoliteClient(
                "test", PoliteClient.httpClient(settings, new CookieManager()), settings, limiter, clock.pacing());
    }

    /** A client of source {@code test} with {@link #TIMEOUT}, no rate limit and {@code clock}'s pacing. */
    public static PoliteClient client(ManualClock clock) {
        return client(clock, settings(TIMEOUT));
    }
}
