package dev.quiver.core.asset;

import dev.quiver.core.time.TradingCalendar;
import java.time.ZoneId;
import java.util.Locale;

/** The kinds of asset Quiver knows, each with the trading calendar it uses by default. */
public enum AssetClass {
    /** A listed stock. */
    EQUITY,
    /** An exchange-traded fund. */
    ETF,
    /** A price index such as ^GSPC: not tradable itself. */
    INDEX,
    /** A currency pair such as EURUSD=X, quoted around the clock on weekdays. */
    FX,
    /** A crypto asset such as BTC-USD, traded 24/7. */
    CRYPTO;

    /** The calendar this class trades on unless an asset says otherwise. */
    public TradingCalendar defaultCalendar() {
        return this == CRYPTO ? TradingCalendar.continuous() : TradingCalendar.weekdays();
    }

    /** The zone session dates are counted in unless an asset says otherwise: UTC for crypto, New York else. */
    public ZoneId defaultZone() {
        return ZoneId.of(this == CRYPTO ? "UTC" : "America/New_York");
    }

    /** The lower-case name used in files, URLs and the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a class by its code, case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted codes if {@code code} is none of them
     */
    public static AssetClass parse(String code) {
        for (AssetClass c : values()) {
            if (c.code().equalsIgnoreCase(code.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException(
                "unknown asset class '" + code + "': expected one of equity, etf, index, fx, crypto");
    }

    /**
     * Guesses the class from the way Yahoo spells symbols: {@code ^GSPC} is an index, {@code EURUSD=X}
     * an FX pair, {@code BTC-USD} a crypto asset; anything else an equity.
     */
    public static AssetClass guess(AssetId id) {
        String s = id.symbol();
        if (s.startsWith("^")) {
            return INDEX;
        }
        if (s.endsWith("=X")) {
            return FX;
        }
        if (s.matches("[A-Z0-9]{2,10}-(USD|USDT|USDC|EUR|BTC|ETH)")) {
            return CRYPTO;
        }
        return EQUITY;
    }
}
