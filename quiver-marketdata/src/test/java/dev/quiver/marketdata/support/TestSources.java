package dev.quiver.marketdata.support;

import dev.quiver.marketdata.yahoo.YahooChartSource;
import dev.quiver.marketdata.yahoo.YahooConfig;
import java.net.URI;
import java.util.List;

/** Provider sources pointed at a {@link StubServer}, without rate limits, waiting on a {@link ManualClock}. */
public final class TestSources {

    private TestSources() {}

    /** A Yahoo source whose base URL and cookie page are {@code server}'s. */
    public static YahooChartSource yahoo(StubServer server, ManualClock clock) {
        return YahooChartSource.create(yahooConfig(server.baseUrl()), clock.pacing());
    }

    /** A Yahoo configuration for {@code baseUrl}: no rate limit, test timeouts. */
    public static YahooConfig yahooConfig(String baseUrl) {
        URI base = URI.create(baseUrl);
        return new YahooConfig(base, base, List.of(), TestHttp.settings(TestHttp.TIMEOUT));
    }
}
