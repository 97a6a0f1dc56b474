package dev.quiver.marketdata.download;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.time.DateRange;
import java.util.List;
import java.util.Objects;

/**
 * How the download of one symbol went. Immutable and thread-safe.
 *
 * @param symbol the symbol
 * @param fetched the session dates asked of the source, in order; empty when the store already
 *     covered the range
 * @param bars bars stored (new or replaced)
 * @param actions corporate actions stored (new or replaced)
 * @param warnings what the source's answers held that was skipped or doubtful
 * @param changes on a refresh, what differed from what was stored; {@link Changes#NONE} otherwise
 * @param failure why the symbol stopped, or null when it succeeded; ranges fetched before it stay
 *     stored, each in its own transaction
 */
public record SymbolReport(
        AssetId symbol,
        List<DateRange> fetched,
        int bars,
        int actions,
        List<String> warnings,
        Changes changes,
        RuntimeException failure) {

    /** Copies the lists. */
    public SymbolReport {
        Objects.requireNonNull(symbol, "symbol");
        fetched = List.copyOf(fetched);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(changes, "changes");
    }

    /** Whether the symbol downloaded without failure. */
    public boolean succeeded() {
        return failure == null;
    }
}
