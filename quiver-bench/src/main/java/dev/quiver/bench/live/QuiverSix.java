package dev.quiver.bench.live;

import dev.quiver.bench.kernels.RandomWalk;
import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.push.LiveGraph;
import java.util.List;

/** The six indicators through Quiver's {@link LiveGraph}: one commit per bar. */
final class QuiverSix implements LiveSix {

    /** The six expressions; their ten columns come in the order of {@link LiveSix#OUTPUTS}. */
    static final List<String> EXPRESSIONS = List.of(
            "sma(close, 20)",
            "ema(close, 20)",
            "rsi(close, 14)",
            "macd(close, 12, 26, 9)",
            "bbands(close, 20, 2, 2)",
            "atr(high, low, close, 14)");

    private final LiveGraph graph =
            new LiveGraph(StandardCatalogue.get(), Asset.defaultFor(AssetId.of("WALK")), EXPRESSIONS);

    /** The analytic nodes a commit evaluates. */
    int analytics() {
        return graph.analytics();
    }

    /** The labels of the ten columns. */
    List<String> labels() {
        return graph.labels();
    }

    @Override
    public void update(RandomWalk walk, int i) {
        graph.commit(walk.open(i), walk.high(i), walk.low(i), walk.close(i), walk.volume(i));
    }

    @Override
    public double value(int k) {
        return graph.value(k);
    }
}
