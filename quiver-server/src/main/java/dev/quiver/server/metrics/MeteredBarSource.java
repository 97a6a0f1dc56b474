package dev.quiver.server.metrics;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.BarSource;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/** A bar source whose loads and revision reads are timed as store reads. Thread-safe as its delegate. */
public final class MeteredBarSource implements BarSource {

    private final BarSource delegate;
    private final ServerMetrics metrics;

    /** Measures {@code delegate} into {@code metrics}. */
    public MeteredBarSource(BarSource delegate, ServerMetrics metrics) {
        this.delegate = delegate;
        this.metrics = metrics;
    }

    @Override
    public Optional<AssetData> load(AssetId id, LocalDate endExclusive) {
        return metrics.storeRead("load", () -> delegate.load(id, endExclusive));
    }

    @Override
    public Optional<Asset> asset(AssetId id) {
        return metrics.storeRead("asset", () -> delegate.asset(id));
    }

    @Override
    public OptionalLong revision(AssetId id) {
        return metrics.storeRead("revision", () -> delegate.revision(id));
    }
}
