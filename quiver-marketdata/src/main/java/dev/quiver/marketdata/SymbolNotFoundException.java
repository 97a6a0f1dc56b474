package dev.quiver.marketdata;

import dev.quiver.core.asset.AssetId;
import java.util.Objects;

/** The provider does not know the symbol, or no longer lists it (delisted). */
public final class SymbolNotFoundException extends MarketDataException {

    private static final long serialVersionUID = 1L;

    private final transient AssetId symbol;

    /**
     * Creates the failure.
     *
     * @param source the source's name
     * @param symbol the symbol asked for
     * @param detail the provider's own words, or empty
     */
    public SymbolNotFoundException(String source, AssetId symbol, String detail) {
        super(source, "unknown symbol '" + Objects.requireNonNull(symbol, "symbol") + "'" + Details.of(detail), null);
        this.symbol = symbol;
    }

    /** The symbol asked for; null only after deserialisation. */
    public AssetId symbol() {
        return symbol;
    }
}
