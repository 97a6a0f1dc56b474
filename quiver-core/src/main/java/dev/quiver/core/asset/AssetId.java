package dev.quiver.core.asset;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of an asset: its ticker symbol as the market data providers spell it.
 *
 * <p>Symbols are upper-cased and may hold letters, digits and {@code . - ^ = _} as in {@code BRK.B},
 * {@code BTC-USD}, {@code ^GSPC} and {@code EURUSD=X}. This class is immutable and thread-safe.
 *
 * @param symbol the normalised ticker symbol, never null or blank
 */
public record AssetId(String symbol) implements Comparable<AssetId> {

    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9^][A-Z0-9.\\-^=_]{0,31}");

    /** Validates and normalises the symbol. */
    public AssetId {
        Objects.requireNonNull(symbol, "symbol");
        symbol = symbol.strip().toUpperCase(Locale.ROOT);
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new IllegalArgumentException("invalid symbol '" + symbol
                    + "': expected 1 to 32 letters, digits or . - ^ = _ (as in BRK.B, BTC-USD, ^GSPC, EURUSD=X)");
        }
    }

    /**
     * Parses a symbol.
     *
     * @throws IllegalArgumentException if the symbol has characters a ticker cannot hold
     */
    public static AssetId of(String symbol) {
        return new AssetId(symbol);
    }

    @Override
    public int compareTo(AssetId other) {
        return symbol.compareTo(other.symbol);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
