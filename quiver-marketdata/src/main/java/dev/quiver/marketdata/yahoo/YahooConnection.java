package dev.quiver.marketdata.yahoo;

import dev.quiver.marketdata.http.Pacing;
import dev.quiver.marketdata.http.PoliteClient;
import dev.quiver.marketdata.http.RateLimiter;
import dev.quiver.marketdata.http.TextResponse;
import dev.quiver.marketdata.http.Urls;
import java.net.CookieManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every request to Yahoo goes through here: one polite client (one rate limit for all of Yahoo), one
 * cookie store and one crumb. A request answered 401 is sent once more after a fresh handshake; the
 * second answer stands. Thread-safe.
 */
final class YahooConnection {

    private final YahooConfig config;
    private final PoliteClient http;
    private final CrumbSession crumbs;

    YahooConnection(YahooConfig config, Pacing pacing) {
        this.config = config;
        RateLimiter limiter = new RateLimiter(YahooConfig.SOURCE, config.limits(), RateLimiter.LONGEST_WAIT, pacing);
        this.http = new PoliteClient(
                YahooConfig.SOURCE,
                PoliteClient.httpClient(config.http(), new CookieManager()),
                config.http(),
                limiter,
                pacing);
        this.crumbs =
                new CrumbSession(http, config.cookieUrl(), Urls.of(config.baseUrl(), "/v1/test/getcrumb", Map.of()));
    }

    /**
     * GETs {@code path} with {@code query}.
     *
     * @param withCrumb whether the endpoint needs the crumb from the start; others get one only after
     *     a 401
     */
    TextResponse get(String path, Map<String, String> query, boolean withCrumb) {
        String crumb = withCrumb ? crumbs.crumb() : null;
        TextResponse response = http.get(Urls.of(config.baseUrl(), path, withCrumb(query, crumb)), Map.of());
        if (response.status() == 401) {
            crumbs.discard(crumb);
            String fresh = crumbs.crumb();
            response = http.get(Urls.of(config.baseUrl(), path, withCrumb(query, fresh)), Map.of());
        }
        return response;
    }

    private static Map<String, String> withCrumb(Map<String, String> query, String crumb) {
        if (crumb == null) {
            return query;
        }
        Map<String, String> all = new LinkedHashMap<>(query);
        all.put("crumb", crumb);
        return all;
    }
}
