package dev.quiver.marketdata;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.time.DateRange;
import java.util.Objects;

/**
 * The provider knows of no bars for the symbol in the range, for instance because the range lies
 * before the listing. Not a fault of the provider: the range is simply empty there.
 */
public final class NoDataInRangeException extends MarketDataException {

    private static final long serialVersionUID = 1L;

    private final transient AssetId symbol;
    private final transient DateRange range;

    /**
     * Creates the failure.
     *
     * @param source the source's name
     * @param symbol the symbol asked for
     * @param range the session dates asked for
     * @param detail the provider's own words, or empty
     */
    public NoDataInRangeException(String source, AssetId symbol, DateRange range, String detail) {
        super(
                source,
                "no data for " + Objects.requireNonNull(symbol, "symbol") + " in "
                        + Objects.requireNonNull(range, "range") + Details.of(detail),
                null);
        this.symbol = symbol;
        this.range = range;
    }

    /** The symbol asked for; null only after deserialisation. */
    public AssetId symbol() {
        return symbol;
    }

    /** The session dates asked for; null only after deserialisation. */
    public DateRange range() {
        return range;
    }
}
