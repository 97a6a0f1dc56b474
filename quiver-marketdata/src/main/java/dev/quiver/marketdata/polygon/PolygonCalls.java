package dev.quiver.marketdata.polygon;

import dev.quiver.core.asset.AssetId;
import dev.quiver.marketdata.MalformedResponseException;
import dev.quiver.marketdata.ProviderErrorException;
import dev.quiver.marketdata.SymbolNotFoundException;
import dev.quiver.marketdata.UnauthorizedException;
import dev.quiver.marketdata.http.JsonCursor;
import dev.quiver.marketdata.http.KeyedSource;
import dev.quiver.marketdata.http.PoliteClient;
import dev.quiver.marketdata.http.TextResponse;
import dev.quiver.marketdata.http.Urls;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Paged GETs of Polygon's JSON lists: each page's {@code results} (absent when empty) is collected,
 * and {@code next_url} followed, its path and query resolved against the configured base URL so that
 * a mirror keeps serving the pages. The key travels as {@code Authorization: Bearer}, never in a URL.
 * Errors: 401 and 403 (an unknown key, a plan without the data) are refused credentials, 404 an
 * unknown ticker, any other status or a {@code status} of {@code ERROR} a provider error. Thread-safe.
 */
final class PolygonCalls {

    private static final String SOURCE = PolygonConfig.SOURCE;
    private static final int MAX_PAGES = 100;

    private final KeyedSource settings;
    private final PoliteClient http;

    PolygonCalls(KeyedSource settings, PoliteClient http) {
        this.settings = settings;
        this.http = http;
    }

    /** Every element of {@code results} over all pages of {@code path} with {@code query}. */
    List<JsonCursor> results(String path, Map<String, String> query, AssetId symbol) {
        Map<String, String> auth = Map.of("Authorization", "Bearer " + settings.requireKey());
        List<JsonCursor> results = new ArrayList<>();
        URI next = Urls.of(settings.baseUrl(), path, query);
        for (int page = 0; next != null; page++) {
            if (page == MAX_PAGES) {
                throw new ProviderErrorException(SOURCE, Urls.shown(next), 200, "more than " + MAX_PAGES + " pages");
            }
            TextResponse response = http.get(next, auth);
            JsonCursor root = check(response, symbol);
            root.optionalField("results").ifPresent(r -> results.addAll(r.elements()));
            next = root.optionalField("next_url").map(url -> onBase(url.text())).orElse(null);
        }
        return results;
    }

    private URI onBase(String nextUrl) {
        URI next = URI.create(nextUrl);
        String query = next.getRawQuery() == null ? "" : "?" + next.getRawQuery();
        return URI.create(settings.baseUrl() + next.getRawPath() + query);
    }

    private static JsonCursor check(TextResponse response, AssetId symbol) {
        int status = response.status();
        if (status == 401 || status == 403) {
            throw new UnauthorizedException(SOURCE, message(response) + " (HTTP " + status + ")");
        }
        if (status == 404) {
            throw new SymbolNotFoundException(SOURCE, symbol, message(response));
        }
        if (status != 200) {
            throw new ProviderErrorException(SOURCE, response.shownUrl(), status, response.excerpt());
        }
        JsonCursor root = JsonCursor.parse(response, SOURCE);
        String state = root.optionalField("status").map(JsonCursor::text).orElse("OK");
        if (state.equals("ERROR")) {
            throw new ProviderErrorException(SOURCE, response.shownUrl(), status, message(response));
        }
        return root;
    }

    /** Polygon's own words: its {@code message} or {@code error} member, else the start of the body. */
    private static String message(TextResponse response) {
        try {
            JsonCursor root = JsonCursor.parse(response, SOURCE);
            Optional<JsonCursor> text = root.isObject() ? root.optionalField("message") : Optional.empty();
            if (text.isEmpty() && root.isObject()) {
                text = root.optionalField("error");
            }
            return text.map(JsonCursor::text).orElse(response.excerpt());
        } catch (MalformedResponseException notJson) {
            return response.excerpt();
        }
    }
}
