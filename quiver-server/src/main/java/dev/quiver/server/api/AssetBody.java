package dev.quiver.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetClass;
import dev.quiver.core.asset.AssetId;
import dev.quiver.server.http.BadParameterException;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The body of {@code PUT /api/assets/{symbol}}: every member optional, defaults as for a bare symbol
 * (class guessed from the spelling, USD, no exchange, New York time or UTC for crypto). Immutable.
 *
 * @param assetClass equity, etf, index, fx or crypto
 * @param name the display name
 * @param currency the quote currency code
 * @param exchange the exchange code
 * @param zone an IANA zone such as America/New_York
 */
record AssetBody(@JsonProperty("class") String assetClass, String name, String currency, String exchange, String zone) {

    /** The asset for {@code id}, naming the member at fault when one is bad. */
    Asset toAsset(AssetId id) {
        Asset base = Asset.defaultFor(id);
        AssetClass kind = assetClass == null ? base.assetClass() : parseClass();
        ZoneId z = zone != null
                ? parseZone()
                : kind == AssetClass.CRYPTO ? ZoneId.of("UTC") : ZoneId.of("America/New_York");
        try {
            return Asset.of(
                    kind,
                    id,
                    name == null || name.isBlank() ? id.symbol() : name.strip(),
                    currency == null ? base.currency() : currency,
                    exchange == null ? base.exchange() : exchange.strip(),
                    z);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("currency", e.getMessage());
        }
    }

    private AssetClass parseClass() {
        try {
            return AssetClass.parse(assetClass);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("class", e.getMessage());
        }
    }

    private ZoneId parseZone() {
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new BadParameterException(
                    "zone", "unknown time zone '" + zone + "': expected an IANA zone such as America/New_York");
        }
    }
}
