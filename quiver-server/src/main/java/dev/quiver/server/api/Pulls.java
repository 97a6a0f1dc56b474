package dev.quiver.server.api;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.PullEngine;
import dev.quiver.core.engine.pull.PullRequest;
import dev.quiver.core.engine.pull.PullResult;
import dev.quiver.server.http.NotFoundException;
import dev.quiver.server.metrics.ServerMetrics;
import dev.quiver.store.BarStore;
import java.util.List;

/**
 * Runs pull requests against the engine, checking the subject first (an unknown symbol is a 404 that
 * names it) and measuring each computation. Thread-safe.
 */
final class Pulls {

    private final BarStore store;
    private final PullEngine engine;
    private final ServerMetrics metrics;

    Pulls(BarStore store, PullEngine engine, ServerMetrics metrics) {
        this.store = store;
        this.engine = engine;
        this.metrics = metrics;
    }

    /** Plans the expressions without data, so a bad one fails before anything runs. */
    void check(AssetId subject, List<String> expressions) {
        engine.plan(subject, expressions);
    }

    /** Computes one request. */
    PullResult evaluate(PullRequest request) {
        AssetId subject = request.subject();
        if (metrics.storeRead("asset", () -> store.findAsset(subject)).isEmpty()) {
            throw NotFoundException.unknownAsset(
                    subject.symbol(),
                    "unknown symbol '" + subject + "': not in the database; import or download it first");
        }
        long start = System.nanoTime();
        boolean succeeded = false;
        try {
            PullResult result = engine.evaluate(request);
            succeeded = true;
            return result;
        } finally {
            metrics.pull(succeeded, System.nanoTime() - start);
        }
    }
}
