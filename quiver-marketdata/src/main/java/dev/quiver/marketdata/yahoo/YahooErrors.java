package dev.quiver.marketdata.yahoo;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.time.DateRange;
import dev.quiver.marketdata.MalformedResponseException;
import dev.quiver.marketdata.MarketDataException;
import dev.quiver.marketdata.NoDataInRangeException;
import dev.quiver.marketdata.ProviderErrorException;
import dev.quiver.marketdata.SymbolNotFoundException;
import dev.quiver.marketdata.UnauthorizedException;
import dev.quiver.marketdata.http.JsonCursor;
import dev.quiver.marketdata.http.TextResponse;
import java.util.Map;
import java.util.Optional;

/**
 * Maps Yahoo's error answers to typed failures. Yahoo wraps errors as {@code {"<root>": {"result":
 * null, "error": {"code", "description"}}}} with {@code <root>} {@code chart}, {@code quoteSummary} or
 * {@code finance}, and an HTTP status that matches the code. A 404 (or code {@code Not Found}) is an
 * unknown or delisted symbol; a description starting {@code Data doesn't exist} (a 400, sometimes a
 * 422) is a range before the listing, so no data rather than a failure; 401 and 403 are refused
 * credentials; anything else is a provider error. Stateless.
 */
final class YahooErrors {

    private static final String NO_DATA = "Data doesn't exist";

    private YahooErrors() {}

    /**
     * The failure {@code response} stands for.
     *
     * @param symbol the symbol asked for
     * @param range the dates asked for, or null when the request was not for a range
     */
    static MarketDataException of(TextResponse response, AssetId symbol, DateRange range) {
        Optional<Map.Entry<String, String>> error = envelope(response);
        String code = error.map(Map.Entry::getKey).orElse("");
        String detail = error.map(Map.Entry::getValue).orElse(response.excerpt());
        int status = response.status();
        if (status == 404 || code.equals("Not Found")) {
            return new SymbolNotFoundException(YahooConfig.SOURCE, symbol, detail);
        }
        if (range != null && detail.startsWith(NO_DATA)) {
            return new NoDataInRangeException(YahooConfig.SOURCE, symbol, range, detail);
        }
        if (status == 401 || status == 403 || code.equals("Unauthorized")) {
            return new UnauthorizedException(
                    YahooConfig.SOURCE, detail + " (HTTP " + status + " from " + response.shownUrl() + ")");
        }
        return new ProviderErrorException(YahooConfig.SOURCE, response.shownUrl(), status, response.excerpt());
    }

    /** The error's code and description, when the body is Yahoo's error envelope. */
    private static Optional<Map.Entry<String, String>> envelope(TextResponse response) {
        try {
            JsonCursor root = JsonCursor.parse(response, YahooConfig.SOURCE);
            if (!root.isObject()) {
                return Optional.empty();
            }
            for (Map.Entry<String, JsonCursor> member : root.members()) {
                if (member.getValue().isObject()) {
                    Optional<JsonCursor> error = member.getValue().optionalField("error");
                    if (error.isPresent() && error.get().isObject()) {
                        String code = error.get()
                                .optionalField("code")
                                .map(JsonCursor::text)
                                .orElse("");
                        String description = error.get()
                                .optionalField("description")
                                .map(JsonCursor::text)
                                .orElse(code);
                        return Optional.of(Map.entry(code, description));
                    }
                }
            }
            return Optional.empty();
        } catch (MalformedResponseException notAnEnvelope) {
            return Optional.empty();
        }
    }
}
