package dev.quiver.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.expr.ExpressionException;
import org.junit.jupiter.api.Test;

class GraphBuilderTest {

    private static final AssetId AAPL = AssetId.of("AAPL");

    private static GraphBuilder builder() {
        return new GraphBuilder(StandardCatalogue.get());
    }

    @Test
    void shouldShareOneNodeForEquivalentSpellings() {
        AnalyticsGraph graph = builder()
                .request(AAPL, "sma(20)")
                .request(AAPL, "sma(close, 20)")
                .request(AAPL, "SMA( close,timeperiod=20 )")
                .build();

        assertThat(graph.size()).isEqualTo(2);
        assertThat(graph.requested())
                .extracting(RequestedColumn::label)
                .containsExactly("sma(20)", "sma(close, 20)", "SMA( close,timeperiod=20 )");
        assertThat(graph.requested()).extracting(c -> c.source().key()).containsOnly("AAPL:sma(close,timeperiod=20)");
    }

    @Test
    void shouldPlanWarmUpAsSumOfLookbacksAlongLongestChain() {
        AnalyticsGraph graph = builder().request(AAPL, "sma(ema(close, 14), 5)").build();

        Node sma = graph.requested().get(0).source().node();
        assertThat(graph.firstDefined(sma)).isEqualTo(13 + 4);
        assertThat(graph.height(sma)).isEqualTo(2);
        assertThat(graph.topologicalOrder())
                .extracting(Node::expression)
                .containsExactly(
                        "close",
                        "ema(close,timeperiod=14,seed=sma)",
                        "sma(ema(close,timeperiod=14,seed=sma),timeperiod=5)");
        assertThat(graph.consumers(graph.topologicalOrder().get(0))).hasSize(1);
    }

    @Test
    void shouldRecordOtherAssetsWithTheirPosition() {
        AnalyticsGraph graph = builder().request(AAPL, "sma(close@SPY, 5)").build();

        assertThat(graph.assetIds()).containsExactly(AAPL, AssetId.of("SPY"));
        assertThat(graph.assets().get(1).position()).isEqualTo(4);
        assertThat(graph.requested().get(0).source().key()).isEqualTo("AAPL:sma(close@SPY,timeperiod=5)");
    }

    @Test
    void shouldTreatOwnSymbolAsTheSubjectsField() {
        AnalyticsGraph graph =
                builder().request(AAPL, "close@AAPL").request(AAPL, "close").build();

        assertThat(graph.size()).isEqualTo(1);
    }

    @Test
    void shouldRejectUnknownFieldAtItsPosition() {
        assertThatThrownBy(() -> builder().request(AAPL, "sma(closee, 5)"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("unknown field or analytic 'closee'")
                .extracting(e -> ((ExpressionException) e).position())
                .isEqualTo(4);
    }

    @Test
    void shouldRejectUnknownAnalyticAndBadParameterBeforeComputing() {
        assertThatThrownBy(() -> builder().request(AAPL, "nosuch(3)"))
                .hasMessageContaining("unknown analytic 'nosuch'");
        assertThatThrownBy(() -> builder().request(AAPL, "sma(-5)"))
                .hasMessageContaining("timeperiod must be an integer");
        assertThatThrownBy(() -> builder().request(AAPL, "sma(close, 5, 6)")).isInstanceOf(ExpressionException.class);
        assertThatThrownBy(() -> builder().request(AAPL, "sma(close, open, 5)"))
                .hasMessageContaining("takes 1 series input");
    }

    @Test
    void shouldDescribeGraphForExport() {
        GraphDescription description =
                GraphDescription.of(builder().request(AAPL, "ema(sma(3), 2)").build());

        assertThat(description.nodes())
                .extracting(GraphDescription.NodeDescription::firstDefined)
                .containsExactly(0, 2, 3);
        assertThat(description.edges()).hasSize(2);
        assertThat(description.toDot())
                .startsWith("digraph quiver {")
                .contains("\"AAPL:close\" -> \"AAPL:sma(close,timeperiod=3)\";")
                .contains("style=bold");
    }
}
