package dev.quiver.marketdata.polygon;

import dev.quiver.marketdata.Configuration;
import dev.quiver.marketdata.http.KeyedSource;
import java.net.URI;

/**
 * Where and how politely to ask Polygon: keys {@code polygon.url}, {@code polygon.key}, {@code
 * polygon.requests-per-minute} (default 5) and {@code polygon.requests-per-day} (default none), or
 * their environment variables ({@code QUIVER_POLYGON_KEY}...). Stateless.
 */
public final class PolygonConfig {

    /** The default API base URL. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.polygon.io");

    /** The name stored as the source of what Polygon gives. */
    public static final String SOURCE = "polygon";

    private PolygonConfig() {}

    /** The settings of {@code config}. */
    public static KeyedSource from(Configuration config) {
        return KeyedSource.from(config, SOURCE, DEFAULT_BASE_URL, 5, 0);
    }
}
