package dev.quiver.cli;

import dev.quiver.marketdata.Configuration;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that point the market-data sources elsewhere, and the configuration they join: these
 * options first, then the environment ({@code QUIVER_YAHOO_URL}, {@code QUIVER_POLYGON_KEY}...), then
 * {@code quiver.properties} in the data directory when it exists.
 */
final class SourceOptions {

    /** The configuration file's name in the data directory. */
    static final String FILE = "quiver.properties";

    @Option(
            names = "--yahoo-url",
            paramLabel = "URL",
            description = "Yahoo base URL (default: $QUIVER_YAHOO_URL, else Yahoo's).")
    String yahooUrl;

    @Option(
            names = "--alphavantage-url",
            paramLabel = "URL",
            description = "Alpha Vantage base URL (default: $QUIVER_ALPHAVANTAGE_URL, else Alpha Vantage's).")
    String alphaVantageUrl;

    @Option(
            names = "--polygon-url",
            paramLabel = "URL",
            description = "Polygon base URL (default: $QUIVER_POLYGON_URL, else Polygon's).")
    String polygonUrl;

    /** The configuration of these options, the environment and the data directory's file. */
    Configuration configuration() {
        Map<String, String> explicit = new HashMap<>();
        put(explicit, "yahoo.url", yahooUrl);
        put(explicit, "alphavantage.url", alphaVantageUrl);
        put(explicit, "polygon.url", polygonUrl);
        return Configuration.load(
                explicit, DataDirectory.fromEnvironment().root().resolve(FILE));
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
