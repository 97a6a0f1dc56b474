package dev.quiver.core.engine.push.support;

import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.PullEngine;
import dev.quiver.core.engine.pull.PullRequest;
import dev.quiver.core.engine.pull.PullResult;
import dev.quiver.core.engine.push.PushConfig;
import dev.quiver.core.engine.push.PushEngine;
import dev.quiver.core.time.DateRange;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

/** Push engines and pull results over the same in-memory data, as the push tests compare them. */
public final class Engines {

    private Engines() {}

    /** A configuration of the standard catalogue with {@code data} as history and this clock. */
    public static PushConfig.Builder config(InstantSource clock, AssetData... data) {
        return PushConfig.builder(StandardCatalogue.get(), new MemorySource(data))
                .clock(clock);
    }

    /** A running two-shard engine whose clock stands at the first bar of {@code data}: every bar is live. */
    public static PushEngine liveFromFirstBar(AssetData data) {
        return PushEngine.start(
                config(new ManualClock(Instant.ofEpochSecond(data.bars().time(0))), data)
                        .shards(2)
                        .build());
    }

    /** What pull gives at every bar for the expressions on {@code subject}, aligned by intersection. */
    public static PullResult pull(AssetId subject, List<String> expressions, AssetData... data) {
        return pull(subject, expressions, Alignment.INTERSECT, data);
    }

    /** What pull gives at every bar for the expressions on {@code subject}. */
    public static PullResult pull(AssetId subject, List<String> expressions, Alignment alignment, AssetData... data) {
        return new PullEngine(StandardCatalogue.get(), new MemorySource(data), Runnable::run)
                .evaluate(new PullRequest(subject, expressions, DateRange.ALL, alignment));
    }
}
