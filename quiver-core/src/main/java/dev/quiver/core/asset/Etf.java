package dev.quiver.core.asset;

import java.time.ZoneId;

/**
 * An exchange-traded fund. Immutable and thread-safe.
 *
 * @param id the ticker
 * @param name a display name
 * @param currency the quote currency code
 * @param exchange the exchange or venue code, empty when unknown
 * @param zone the zone in which session dates are counted
 */
public record Etf(AssetId id, String name, String currency, String exchange, ZoneId zone) implements Asset {

    /** Checks that every field is present and normalises the currency to upper case. */
    public Etf {
        AssetFields.check(id, name, currency, exchange, zone);
        currency = AssetFields.currency(currency);
    }

    @Override
    public AssetClass assetClass() {
        return AssetClass.ETF;
    }
}
