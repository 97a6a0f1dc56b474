package dev.quiver.cli;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetClass;
import dev.quiver.core.asset.AssetId;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/**
 * Options describing an asset being imported; anything not given falls back to {@link
 * Asset#defaultFor}.
 */
final class AssetOptions {

    @Option(
            names = "--class",
            paramLabel = "CLASS",
            description = "equity, etf, index, fx or crypto (default: guessed from the symbol).")
    String assetClass;

    @Option(names = "--currency", paramLabel = "CODE", description = "Quote currency (default: USD).")
    String currency;

    @Option(names = "--exchange", paramLabel = "CODE", description = "Exchange code (default: none).")
    String exchange;

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            description = "Time zone of the session dates (default: America/New_York, UTC for crypto).")
    ZoneId zone;

    @Option(names = "--name", paramLabel = "TEXT", description = "Display name (default: the symbol).")
    String name;

    /** The asset for {@code id} with these options applied. */
    Asset describe(AssetId id) {
        Asset base = Asset.defaultFor(id);
        AssetClass kind = assetClass == null ? base.assetClass() : AssetClass.parse(assetClass);
        ZoneId z = zone != null ? zone : kind.defaultZone();
        return Asset.of(
                kind,
                id,
                name == null ? base.name() : name,
                currency == null ? base.currency() : currency,
                exchange == null ? base.exchange() : exchange,
                z);
    }
}
