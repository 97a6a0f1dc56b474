package dev.quiver.marketdata.yahoo;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetClass;
import dev.quiver.core.asset.AssetId;
import dev.quiver.marketdata.http.JsonCursor;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What a chart answer's {@code meta} says about the instrument.
 *
 * @param currency the quote currency, if given
 * @param exchange the exchange code ({@code NMS}), empty if not given
 * @param instrumentType Yahoo's kind of instrument ({@code EQUITY}, {@code CRYPTOCURRENCY}...), empty if
 *     not given
 * @param zone the exchange's time zone ({@code exchangeTimezoneName}), in which session dates count
 * @param name the long name, else the short name, empty if neither is given
 */
record ChartMeta(Optional<String> currency, String exchange, String instrumentType, ZoneId zone, String name) {

    /** Reads {@code meta}; the time zone is required. */
    static ChartMeta parse(JsonCursor meta) {
        JsonCursor zoneName = meta.field("exchangeTimezoneName");
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneName.text());
        } catch (DateTimeException e) {
            throw zoneName.malformed("not a time zone: '" + zoneName.text() + "'");
        }
        String name =
                text(meta, "longName").orElseGet(() -> text(meta, "shortName").orElse(""));
        return new ChartMeta(
                text(meta, "currency").filter(c -> c.matches("[A-Za-z0-9]{2,10}")),
                text(meta, "exchangeName").orElse(""),
                text(meta, "instrumentType").orElse(""),
                zone,
                name);
    }

    /** The asset {@code id} as this describes it; what is missing is taken from {@link Asset#defaultFor}. */
    Asset asset(AssetId id) {
        Asset fallback = Asset.defaultFor(id);
        return Asset.of(
                assetClass(id),
                id,
                name.isBlank() ? fallback.name() : name,
                currency.orElse(fallback.currency()),
                exchange,
                zone);
    }

    private AssetClass assetClass(AssetId id) {
        return switch (instrumentType) {
            case "EQUITY" -> AssetClass.EQUITY;
            case "ETF", "MUTUALFUND" -> AssetClass.ETF;
            case "INDEX" -> AssetClass.INDEX;
            case "CURRENCY" -> AssetClass.FX;
            case "CRYPTOCURRENCY" -> AssetClass.CRYPTO;
            default -> AssetClass.guess(id);
        };
    }

    private static Optional<String> text(JsonCursor meta, String field) {
        return meta.optionalField(field)
                .map(JsonCursor::text)
                .map(String::strip)
                .filter(s -> !s.isEmpty());
    }
}
