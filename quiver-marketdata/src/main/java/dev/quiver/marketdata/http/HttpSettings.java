package dev.quiver.marketdata.http;

import dev.quiver.marketdata.Configuration;
import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts, retries and identification shared by every request of a source. Immutable and
 * thread-safe.
 *
 * @param connectTimeout the longest wait for a connection
 * @param requestTimeout the longest wait for a whole answer, body included, per attempt
 * @param retry how failed attempts are retried
 * @param userAgent the {@code User-Agent} header sent
 */
public record HttpSettings(Duration connectTimeout, Duration requestTimeout, RetryPolicy retry, String userAgent) {

    /** The {@code User-Agent} sent by default. */
    public static final String USER_AGENT = "Mozilla/5.0 (compatible; Quiver/0.1; +market-data downloader)";

    /** Configuration key: seconds allowed for one attempt (default 20). */
    public static final String TIMEOUT_KEY = "http.timeout-seconds";

    /** Configuration key: attempts per request, including the first (default 4). */
    public static final String ATTEMPTS_KEY = "http.max-attempts";

    /** Requires every part. */
    public HttpSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(userAgent, "userAgent");
    }

    /** The settings of {@code config}: {@value #TIMEOUT_KEY} and {@value #ATTEMPTS_KEY}. */
    public static HttpSettings from(Configuration config) {
        Duration timeout = Duration.ofSeconds(config.count(TIMEOUT_KEY, 20, 1));
        return new HttpSettings(
                timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10),
                timeout,
                RetryPolicy.DEFAULT.withMaxAttempts(config.count(ATTEMPTS_KEY, RetryPolicy.DEFAULT.maxAttempts(), 1)),
                USER_AGENT);
    }
}
