package dev.quiver.marketdata.yahoo;

import dev.quiver.marketdata.Configuration;
import dev.quiver.marketdata.http.HttpSettings;
import dev.quiver.marketdata.http.RateLimit;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where and how politely to ask Yahoo. Immutable and thread-safe.
 *
 * @param baseUrl the API's base URL, without a trailing slash; requests go to {@code
 *     <baseUrl>/v8/finance/chart/...}, {@code /v7/finance/quote} and {@code /v1/test/getcrumb}
 * @param cookieUrl the page whose answer sets the session cookie of the crumb handshake
 * @param limits the rate limits of all requests to Yahoo
 * @param http timeouts and retries
 */
public record YahooConfig(URI baseUrl, URI cookieUrl, List<RateLimit> limits, HttpSettings http) {

    /** The default API base URL. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://query2.finance.yahoo.com");

    /** The default page that sets the session cookie. */
    public static final URI DEFAULT_COOKIE_URL = URI.create("https://fc.yahoo.com");

    /** Configuration key of the base URL (environment {@code QUIVER_YAHOO_URL}). */
    public static final String URL_KEY = "yahoo.url";

    /**
     * Configuration key of the cookie page; by default the default cookie page, or the base URL when
     * that is configured, so that a mirror or stub serves the whole handshake.
     */
    public static final String COOKIE_URL_KEY = "yahoo.cookie-url";

    /** The name stored as the source of what Yahoo gives. */
    public static final String SOURCE = "yahoo";

    /** Requests a minute when not configured ({@code yahoo.requests-per-minute}). */
    public static final int DEFAULT_PER_MINUTE = 60;

    /** Requires every part and copies the limits. */
    public YahooConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(cookieUrl, "cookieUrl");
        Objects.requireNonNull(http, "http");
        limits = List.copyOf(limits);
    }

    /** The settings of {@code config}, each defaulted as documented on its key. */
    public static YahooConfig from(Configuration config) {
        URI base = config.url(URL_KEY, DEFAULT_BASE_URL);
        URI cookie = config.url(COOKIE_URL_KEY, base.equals(DEFAULT_BASE_URL) ? DEFAULT_COOKIE_URL : base);
        return new YahooConfig(
                base, cookie, RateLimit.configured(config, SOURCE, DEFAULT_PER_MINUTE, 0), HttpSettings.from(config));
    }
}
