package dev.quiver.marketdata;

import dev.quiver.store.BarImport;
import java.util.List;
import java.util.Objects;

/**
 * What one fetch gave: a batch ready to store (raw bars, the provider's adjusted closes, corporate
 * actions, the asset as the provider describes it) and the warnings raised while reading it, such
 * as bars skipped for missing values. Immutable and thread-safe.
 *
 * @param batch the batch, with the source's name as its source; its bars may be empty
 * @param warnings one line each, saying what was seen and what was done; never null
 */
public record FetchResult(BarImport batch, List<String> warnings) {

    /** Copies the warnings. */
    public FetchResult {
        Objects.requireNonNull(batch, "batch");
        warnings = List.copyOf(warnings);
    }
}
