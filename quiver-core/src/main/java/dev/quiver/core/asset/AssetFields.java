package dev.quiver.core.asset;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/** The checks every {@link Asset} record applies to its fields. */
final class AssetFields {

    private AssetFields() {}

    static void check(AssetId id, String name, String currency, String exchange, ZoneId zone) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(zone, "zone");
        if (!currency.strip().matches("[A-Za-z0-9]{2,10}")) {
            throw new IllegalArgumentException("invalid currency '" + currency + "' for " + id);
        }
    }

    static String currency(String currency) {
        return currency.strip().toUpperCase(Locale.ROOT);
    }
}
