package dev.quiver.marketdata.alphavantage;

import dev.quiver.core.asset.AssetId;
import dev.quiver.marketdata.MarketDataException;
import dev.quiver.marketdata.ProviderErrorException;
import dev.quiver.marketdata.RateLimitedException;
import dev.quiver.marketdata.SymbolNotFoundException;
import dev.quiver.marketdata.UnauthorizedException;
import dev.quiver.marketdata.http.JsonCursor;
import dev.quiver.marketdata.http.TextResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Alpha Vantage answers errors with status 200 and a single member: {@code "Error Message"} (an
 * invalid call: an unknown symbol, or a missing or invalid key), {@code "Note"} (the per-minute
 * limit, in older answers) or {@code "Information"} (the daily limit, whose text also invites to a
 * premium plan, or an endpoint of a premium plan). Stateless.
 */
final class AlphaVantageErrors {

    private static final String SOURCE = AlphaVantageConfig.SOURCE;

    private AlphaVantageErrors() {}

    /** The failure {@code root} stands for, if it is an error answer. */
    static Optional<MarketDataException> of(JsonCursor root, TextResponse response, AssetId symbol) {
        Optional<String> error = text(root, "Error Message");
        if (error.isPresent()) {
            return Optional.of(
                    mentions(error.get(), "apikey")
                            ? new UnauthorizedException(SOURCE, error.get())
                            : new SymbolNotFoundException(SOURCE, symbol, error.get()));
        }
        Optional<String> note = text(root, "Note");
        if (note.isPresent()) {
            return Optional.of(new RateLimitedException(SOURCE, note.get(), Duration.ofMinutes(1)));
        }
        Optional<String> information = text(root, "Information");
        if (information.isPresent()) {
            String text = information.get();
            if (mentions(text, "rate limit") || mentions(text, "per day")) {
                return Optional.of(new RateLimitedException(SOURCE, text, null));
            }
            if (mentions(text, "premium")) {
                return Optional.of(new UnauthorizedException(SOURCE, text));
            }
            return Optional.of(new ProviderErrorException(SOURCE, response.shownUrl(), 200, response.excerpt()));
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonCursor root, String member) {
        return root.optionalField(member).map(JsonCursor::text);
    }

    private static boolean mentions(String text, String word) {
        return text.toLowerCase(Locale.ROOT).contains(word);
    }
}
