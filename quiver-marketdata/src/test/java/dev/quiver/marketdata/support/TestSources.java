package dev.quiver.marketdata.support;

import dev.quiver.marketdata.Configuration;
import dev.quiver.marketdata.alphavantage.AlphaVantageConfig;
import dev.quiver.marketdata.alphavantage.AlphaVantageSource;
import dev.quiver.marketdata.http.HttpSettings;
import dev.quiver.marketdata.polygon.PolygonConfig;
import dev.quiver.marketdata.polygon.PolygonSource;
import dev.quiver.marketdata.yahoo.YahooChartSource;
import dev.quiver.marketdata.yahoo.YahooConfig;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Provider sources pointed at a {@link StubServer}, without rate limits, waiting on a {@link ManualClock}. */
public final class TestSources {

    private TestSources() {}

    /** A Yahoo source whose base URL and cookie page are {@code server}'s. */
    public static YahooChartSource yahoo(StubServer server, ManualClock clock) {
        return YahooChartSource.create(yahooConfig(server.baseUrl()), clock.pacing());
    }

    /**
     * An Alpha Vantage source configured as a user would: {@code alphavantage.url} set to {@code
     * server}, {@code alphavantage.key} to {@code key} (none when empty), default rate limits.
     */
    public static AlphaVantageSource alphaVantage(StubServer server, ManualClock clock, String key) {
        return new AlphaVantageSource(AlphaVantageConfig.from(configured("alphavantage", server, key)), clock.pacing());
    }

    /** A Polygon source configured as {@link #alphaVantage} is. */
    public static PolygonSource polygon(StubServer server, ManualClock clock, String key) {
        return new PolygonSource(PolygonConfig.from(configured("polygon", server, key)), clock.pacing());
    }

    private static Configuration configured(String source, StubServer server, String key) {
        Map<String, String> values = new HashMap<>();
        values.put(source + ".url", server.baseUrl());
        values.put(source + ".key", key);
        values.put(HttpSettings.TIMEOUT_KEY, "2");
        return Configuration.of(values, Map.of(), Map.of());
    }

    /** A Yahoo configuration for {@code baseUrl}: no rate limit, test timeouts. */
    public static YahooConfig yahooConfig(String baseUrl) {
        URI base = URI.create(baseUrl);
        return new YahooConfig(base, base, List.of(), TestHttp.settings(TestHttp.TIMEOUT));
    }
}
