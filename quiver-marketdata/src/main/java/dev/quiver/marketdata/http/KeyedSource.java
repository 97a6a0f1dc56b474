package dev.quiver.marketdata.http;

import dev.quiver.marketdata.Configuration;
import dev.quiver.marketdata.UnauthorizedException;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The settings of a source that needs an API key: its name, base URL, key, rate limits and HTTP
 * settings, read from the keys {@code <source>.url}, {@code <source>.key}, {@code
 * <source>.requests-per-minute} and {@code <source>.requests-per-day} (and their environment
 * variables, such as {@code QUIVER_POLYGON_KEY}). Immutable and thread-safe; {@link #toString()}
 * hides the key.
 *
 * @param source the source's name
 * @param baseUrl the API's base URL, without a trailing slash
 * @param apiKey the API key, empty when none is configured
 * @param limits the rate limits of all requests to the source
 * @param http timeouts and retries
 */
public record KeyedSource(String source, URI baseUrl, String apiKey, List<RateLimit> limits, HttpSettings http) {

    /** Requires every part and copies the limits. */
    public KeyedSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(http, "http");
        limits = List.copyOf(limits);
    }

    /**
     * The settings of {@code source} in {@code config}.
     *
     * @param defaultUrl the base URL when none is configured
     * @param perMinute requests a minute when not configured, 0 for none
     * @param perDay requests a day when not configured, 0 for none
     */
    public static KeyedSource from(Configuration config, String source, URI defaultUrl, int perMinute, int perDay) {
        return new KeyedSource(
                source,
                config.url(source + ".url", defaultUrl),
                config.get(source + ".key").map(String::strip).orElse(""),
                RateLimit.configured(config, source, perMinute, perDay),
                HttpSettings.from(config));
    }

    /**
     * The API key.
     *
     * @throws UnauthorizedException saying how to set one, if none is configured
     */
    public String requireKey() {
        if (apiKey.isEmpty()) {
            throw new UnauthorizedException(
                    source,
                    "no API key: set " + Configuration.environmentName(source + ".key") + " or " + source
                            + ".key in the configuration file");
        }
        return apiKey;
    }

    /** A polite client of these settings, with its own rate limiter, waiting through {@code pacing}. */
    public PoliteClient client(Pacing pacing) {
        return new PoliteClient(
                source,
                PoliteClient.httpClient(http, null),
                http,
                new RateLimiter(source, limits, RateLimiter.LONGEST_WAIT, pacing),
                pacing);
    }

    @Override
    public String toString() {
        return "KeyedSource[" + source + " at " + baseUrl + ", key " + (apiKey.isEmpty() ? "none" : "set") + ", "
                + limits + "]";
    }
}
