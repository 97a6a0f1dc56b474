package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.PullResult;
import dev.quiver.core.engine.push.replay.ReplayFeed;
import dev.quiver.core.engine.push.support.Engines;
import dev.quiver.core.engine.push.support.Lockstep;
import dev.quiver.core.engine.push.support.PriceFiles;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceField;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Push equals pull for every analytic of the standard catalogue whose inputs are the subject's own
 * fields, with default parameters: SPY's 2,519 real daily bars are replayed live through a
 * two-shard engine, once bar by bar and once as four intrabar trades per bar. At every bar, both the
 * provisional value just before the close and the committed value after it must equal, bit for bit,
 * what pull gives for that bar.
 *
 * <p>Two SPY bars (2015-03-05 and 2015-03-30) have a low above their open, which no sequence of
 * trades can form; the intrabar run is therefore compared with pull over the bars its trades form
 * (high and low widened to cover open and close), the bar-by-bar run with pull over the file.
 */
class PushEqualsPullTest {

    private static final AssetId SPY = AssetId.of("SPY");
    private static final Set<String> FIELDS = Set.of("open", "high", "low", "close", "volume", "adjclose");

    private static Lockstep barByBar;
    private static Lockstep intrabar;
    private static PullResult pullOfFile;
    private static PullResult pullOfTrades;

    static Stream<String> expressions() {
        return StandardCatalogue.get().definitions().stream()
                .filter(d -> FIELDS.containsAll(d.inputs()))
                .map(AnalyticDefinition::name)
                .map(name -> name + "()");
    }

    @BeforeAll
    static void replay() throws InterruptedException {
        AssetData file = PriceFiles.yahoo("SPY");
        AssetData traded = new AssetData(file.asset(), formedByTrades(file.bars()), file.adjustedClose());
        List<String> expressions = expressions().toList();
        pullOfFile = pull(file, expressions);
        pullOfTrades = pull(traded, expressions);
        barByBar = replay(file, expressions, ReplayFeed.Mode.BARS);
        intrabar = replay(file, expressions, ReplayFeed.Mode.TICKS);
    }

    @Test
    void shouldReplayEveryColumnOfTheCatalogue() {
        assertThat(expressions().count())
                .as("analytics over the subject's fields")
                .isGreaterThanOrEqualTo(30);
        assertThat(barByBar.committed().keySet()).containsExactlyElementsOf(pullOfFile.labels());
        assertThat(intrabar.committed().keySet()).containsExactlyElementsOf(pullOfTrades.labels());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expressions")
    void shouldEqualPullAtEveryBarWhenReplayedBarByBar(String expression) {
        assertEqualsPull(expression, barByBar, pullOfFile);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expressions")
    void shouldEqualPullAtEveryBarWhenReplayedAsIntrabarTrades(String expression) {
        assertEqualsPull(expression, intrabar, pullOfTrades);
    }

    private static void assertEqualsPull(String expression, Lockstep push, PullResult pull) {
        List<String> labels = pull.labels().stream()
                .filter(l -> l.equals(expression) || l.startsWith(expression + "."))
                .toList();
        assertThat(labels).isNotEmpty();
        for (String label : labels) {
            double[] expected = pull.column(label);
            assertBitwiseEqual(
                    label + " provisional before close",
                    expected,
                    push.provisional().get(label));
            assertBitwiseEqual(label + " committed", expected, push.committed().get(label));
            assertThat(Arrays.stream(expected).filter(Double::isFinite).count())
                    .as("%s has values to compare", label)
                    .isGreaterThan(1000);
        }
    }

    private static void assertBitwiseEqual(String what, double[] expected, double[] actual) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
                fail("%s at bar %d: pull %s, push %s", what, i, expected[i], actual[i]);
            }
        }
    }

    private static PullResult pull(AssetData data, List<String> expressions) {
        return Engines.pull(SPY, expressions, data);
    }

    private static Lockstep replay(AssetData data, List<String> expressions, ReplayFeed.Mode mode)
            throws InterruptedException {
        try (PushEngine engine = Engines.liveFromFirstBar(data)) {
            engine.add(SPY, expressions).join();
            Lockstep lockstep = new Lockstep(engine, SPY);
            ReplayFeed.of(SPY, data.bars()).mode(mode).run(lockstep);
            return lockstep;
        }
    }

    private static BarSeries formedByTrades(BarSeries bars) {
        double[] open = bars.column(PriceField.OPEN);
        double[] high = bars.column(PriceField.HIGH);
        double[] low = bars.column(PriceField.LOW);
        double[] close = bars.column(PriceField.CLOSE);
        for (int i = 0; i < bars.size(); i++) {
            high[i] = Math.max(high[i], Math.max(open[i], close[i]));
            low[i] = Math.min(low[i], Math.min(open[i], close[i]));
        }
        return BarSeries.of(bars.times(), open, high, low, close, bars.column(PriceField.VOLUME));
    }
}
