package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.PullResult;
import dev.quiver.core.engine.push.support.Engines;
import dev.quiver.core.engine.push.support.PriceFiles;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceField;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A live graph of every analytic of the standard catalogue over the subject's price and volume
 * fields (default parameters), plus the six indicators of the speed targets, fed SPY's 2,519 real
 * daily bars one at a time: at every bar each column must equal, bit for bit, what pull gives.
 */
class LiveGraphTest {

    private static final AssetId SPY = AssetId.of("SPY");
    private static final Set<String> FIELDS = Set.of("open", "high", "low", "close", "volume");
    private static final List<String> SIX = List.of(
            "sma(close, 20)",
            "ema(close, 20)",
            "rsi(close, 14)",
            "macd(close, 12, 26, 9)",
            "bbands(close, 20, 2, 2)",
            "atr(14)");

    private static Asset asset;
    private static BarSeries bars;
    private static List<String> expressions;
    private static PullResult pull;

    @BeforeAll
    static void pull() {
        AssetData spy = PriceFiles.yahoo("SPY");
        asset = spy.asset();
        bars = spy.bars();
        expressions = Stream.concat(
                        StandardCatalogue.get().definitions().stream()
                                .filter(d -> FIELDS.containsAll(d.inputs()))
                                .map(AnalyticDefinition::name)
                                .map(name -> name + "()"),
                        SIX.stream())
                .toList();
        pull = Engines.pull(SPY, expressions, spy);
    }

    private static LiveGraph graph() {
        return new LiveGraph(StandardCatalogue.get(), asset, expressions);
    }

    private static double field(PriceField field, int bar) {
        return bars.value(field, bar);
    }

    private static void commit(LiveGraph graph, int bar) {
        graph.commit(
                field(PriceField.OPEN, bar),
                field(PriceField.HIGH, bar),
                field(PriceField.LOW, bar),
                field(PriceField.CLOSE, bar),
                field(PriceField.VOLUME, bar));
    }

    private static void assertEqualsPull(LiveGraph graph, int bar, String when) {
        for (int c = 0; c < graph.labels().size(); c++) {
            String label = graph.labels().get(c);
            double expected = pull.column(label)[bar];
            double actual = graph.value(c);
            if (Double.doubleToLongBits(expected) != Double.doubleToLongBits(actual)) {
                fail("%s %s at bar %d: pull %s, live %s", label, when, bar, expected, actual);
            }
        }
    }

    @Test
    void shouldHaveTheColumnsOfPull() {
        assertThat(expressions).hasSizeGreaterThanOrEqualTo(36);
        assertThat(graph().labels()).containsExactlyElementsOf(pull.labels());
    }

    @Test
    void shouldEqualPullAtEveryBar() {
        LiveGraph graph = graph();
        for (int bar = 0; bar < bars.size(); bar++) {
            commit(graph, bar);
            assertEqualsPull(graph, bar, "committed");
        }
        assertThat(graph.bars()).isEqualTo(bars.size());
        assertThat(graph.value("macd(close, 12, 26, 9).signal")).isFinite();
    }

    @Test
    void shouldEqualPullAtEveryBarWhenEachBarIsFirstGivenAsForming() {
        LiveGraph graph = graph();
        for (int bar = 0; bar < bars.size(); bar++) {
            double open = field(PriceField.OPEN, bar);
            graph.provisional(open, open, open, open, 0);
            graph.provisional(
                    open,
                    field(PriceField.HIGH, bar),
                    field(PriceField.LOW, bar),
                    field(PriceField.CLOSE, bar),
                    field(PriceField.VOLUME, bar));
            assertEqualsPull(graph, bar, "provisional");
            commit(graph, bar);
            assertEqualsPull(graph, bar, "committed");
        }
    }

    @Test
    void shouldStartAgainAfterReset() {
        LiveGraph graph = graph();
        for (int bar = 0; bar < 100; bar++) {
            commit(graph, bar);
        }

        graph.reset();

        assertThat(graph.bars()).isZero();
        assertThat(graph.value("sma(close, 20)")).isNaN();
        for (int bar = 0; bar < bars.size(); bar++) {
            commit(graph, bar);
        }
        assertEqualsPull(graph, bars.size() - 1, "after a reset");
    }

    @Test
    void shouldAnnualiseByTheSubjectsCalendarAsPullDoes() {
        AssetId coin = AssetId.of("BTC-USD");
        Asset crypto = Asset.defaultFor(coin);
        List<String> metric = List.of("sharpe_ratio()");
        double[] expected =
                Engines.pull(coin, metric, new AssetData(crypto, bars, null)).column(metric.get(0));
        double[] weekdays =
                Engines.pull(SPY, metric, new AssetData(asset, bars, null)).column(metric.get(0));
        LiveGraph graph = new LiveGraph(StandardCatalogue.get(), crypto, metric);

        for (int bar = 0; bar < bars.size(); bar++) {
            commit(graph, bar);
        }

        assertThat(graph.value(0)).isEqualTo(expected[bars.size() - 1]).isFinite();
        assertThat(graph.value(0)).as("annualised by 365, not 252").isNotEqualTo(weekdays[bars.size() - 1]);
    }

    @Test
    void shouldRejectAnotherAssetsField() {
        assertThatThrownBy(() -> new LiveGraph(StandardCatalogue.get(), asset, List.of("sma(close@AAPL, 5)")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AAPL");
    }

    @Test
    void shouldRejectAnUnknownLabel() {
        assertThatThrownBy(() -> graph().column("sma(close, 21)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no column");
    }
}
