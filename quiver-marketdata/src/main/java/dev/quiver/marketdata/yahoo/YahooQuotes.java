package dev.quiver.marketdata.yahoo;

import dev.quiver.core.asset.AssetId;
import dev.quiver.marketdata.SymbolNotFoundException;
import dev.quiver.marketdata.http.JsonCursor;
import dev.quiver.marketdata.http.TextResponse;
import java.time.Instant;
import java.util.Map;

/**
 * Latest prices from Yahoo's v7 quote endpoint, which requires the session cookie and a crumb: the
 * first call makes the handshake, a 401 (invalid crumb or cookie) renews it once. Thread-safe.
 */
public final class YahooQuotes {

    private final YahooConnection connection;

    YahooQuotes(YahooConnection connection) {
        this.connection = connection;
    }

    /**
     * The quote of {@code symbol}.
     *
     * @throws SymbolNotFoundException if Yahoo returns no quote for it
     * @throws dev.quiver.marketdata.MarketDataException for the other failures of a fetch
     */
    public Quote quote(AssetId symbol) {
        TextResponse response = connection.get("/v7/finance/quote", Map.of("symbols", symbol.symbol()), true);
        if (response.status() != 200) {
            throw YahooErrors.of(response, symbol, null);
        }
        JsonCursor results = JsonCursor.parse(response, YahooConfig.SOURCE)
                .field("quoteResponse")
                .field("result");
        for (JsonCursor quote : results.elements()) {
            if (quote.field("symbol").text().equalsIgnoreCase(symbol.symbol())) {
                return new Quote(
                        symbol,
                        quote.field("regularMarketPrice").number(),
                        Instant.ofEpochSecond(quote.field("regularMarketTime").wholeNumber()),
                        quote.optionalField("regularMarketPreviousClose")
                                .map(JsonCursor::number)
                                .orElse(Double.NaN),
                        quote.optionalField("currency").map(JsonCursor::text).orElse(""),
                        quote.optionalField("marketState").map(JsonCursor::text).orElse(""));
            }
        }
        throw new SymbolNotFoundException(YahooConfig.SOURCE, symbol, "no quote in the answer");
    }
}
