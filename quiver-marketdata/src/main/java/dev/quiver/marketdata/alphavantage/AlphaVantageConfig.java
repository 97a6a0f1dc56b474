package dev.quiver.marketdata.alphavantage;

import dev.quiver.marketdata.Configuration;
import dev.quiver.marketdata.http.KeyedSource;
import java.net.URI;

/**
 * Where and how politely to ask Alpha Vantage: keys {@code alphavantage.url}, {@code
 * alphavantage.key}, {@code alphavantage.requests-per-minute} (default 5) and {@code
 * alphavantage.requests-per-day} (default 25), or their environment variables ({@code
 * QUIVER_ALPHAVANTAGE_KEY}...). Stateless.
 */
public final class AlphaVantageConfig {

    /** The default API base URL. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://www.alphavantage.co");

    /** The name stored as the source of what Alpha Vantage gives. */
    public static final String SOURCE = "alphavantage";

    private AlphaVantageConfig() {}

    /** The settings of {@code config}. */
    public static KeyedSource from(Configuration config) {
        return KeyedSource.from(config, SOURCE, DEFAULT_BASE_URL, 5, 25);
    }
}
