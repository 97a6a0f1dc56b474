package dev.quiver.marketdata.yahoo;

import dev.quiver.core.asset.AssetId;
import java.time.Instant;
import java.util.Objects;

/**
 * The latest price of a symbol from Yahoo's quote endpoint. Immutable and thread-safe.
 *
 * @param symbol the symbol
 * @param price the regular market price, in {@code currency}
 * @param time when that price was set
 * @param previousClose the close of the session before, NaN when not given
 * @param currency the quote currency, empty when not given
 * @param marketState Yahoo's state of the market ({@code REGULAR}, {@code CLOSED}...), empty when not given
 */
public record Quote(
        AssetId symbol, double price, Instant time, double previousClose, String currency, String marketState) {

    /** Requires the symbol, time and texts. */
    public Quote {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(marketState, "marketState");
    }
}
