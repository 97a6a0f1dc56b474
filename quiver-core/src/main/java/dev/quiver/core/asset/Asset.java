package dev.quiver.core.asset;

import dev.quiver.core.time.TradingCalendar;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A tradable or observable instrument: the subject of every analytic.
 *
 * <p>Every asset has an identity, a display name, the currency its prices are quoted in, the
 * exchange or venue that quotes it, the time zone its session dates are counted in, and the trading
 * calendar that says which dates have sessions (and so how many bars a year holds). Implementations
 * are immutable records and thread-safe.
 */
public sealed interface Asset permits Equity, Etf, Index, FxPair, Crypto {

    /** The ticker, never null. */
    AssetId id();

    /** A display name; the symbol when nothing better is known. Never null. */
    String name();

    /** The ISO 4217 (or crypto) code of the quote currency, upper case. Never null. */
    String currency();

    /** The exchange or venue code; empty when unknown. Never null. */
    String exchange();

    /** The zone in which session dates are counted; daily bars start at midnight of it. */
    ZoneId zone();

    /** The kind of asset. */
    AssetClass assetClass();

    /** The calendar of sessions, which also gives the annualisation factor of metrics. */
    default TradingCalendar calendar() {
        return assetClass().defaultCalendar();
    }

    /**
     * Creates an asset of the given class.
     *
     * @throws NullPointerException if any argument is null
     */
    static Asset of(AssetClass assetClass, AssetId id, String name, String currency, String exchange, ZoneId zone) {
        Objects.requireNonNull(assetClass, "assetClass");
        return switch (assetClass) {
            case EQUITY -> new Equity(id, name, currency, exchange, zone);
            case ETF -> new Etf(id, name, currency, exchange, zone);
            case INDEX -> new Index(id, name, currency, exchange, zone);
            case FX -> new FxPair(id, name, currency, exchange, zone);
            case CRYPTO -> new Crypto(id, name, currency, exchange, zone);
        };
    }

    /**
     * The asset Quiver assumes for a bare symbol: its class guessed from the spelling (see {@link
     * AssetClass#guess}), quoted in USD, in New York time (UTC for crypto), named after itself.
     */
    static Asset defaultFor(AssetId id) {
        AssetClass assetClass = AssetClass.guess(id);
        return of(assetClass, id, id.symbol(), "USD", "", assetClass.defaultZone());
    }
}
