package dev.quiver.core.analytics.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.BoundAnalytic;
import dev.quiver.core.analytics.support.Bars;
import dev.quiver.core.analytics.support.Catalogued;
import dev.quiver.core.analytics.support.PushPull;
import dev.quiver.core.analytics.support.TestData;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StandardCatalogueTest {

    /** Analytics whose first value waits for a condition in the data (a bar of their side), not for a count of bars. */
    private static final Set<String> FIRST_VALUE_DEPENDS_ON_DATA = Set.of("up_capture", "down_capture");

    static Stream<BoundAnalytic> variants() {
        return Catalogued.variants().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void shouldGiveTheBatchResultWhenPushedBarByBar(BoundAnalytic analytic) {
        Bars spy = TestData.spy();
        PushPull.assertAgrees(
                analytic, spy.columns(analytic.inputs()), analytic.text().hashCode());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void shouldEmitExactlyLookbackLeadingNaNs(BoundAnalytic analytic) {
        Bars spy = TestData.spy();
        double[][] out = analytic.batchKernel().compute(spy.columns(analytic.inputs()));
        int lookback = analytic.lookback();
        for (double[] o : out) {
            for (int i = 0; i < lookback; i++) {
                assertThat(o[i]).as("%s bar %d", analytic, i).isNaN();
            }
            if (!FIRST_VALUE_DEPENDS_ON_DATA.contains(analytic.definition().name())) {
                assertThat(o[lookback]).as("%s first output", analytic).isFinite();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void shouldGiveNoOutputWhenShorterThanTheLookback(BoundAnalytic analytic) {
        Bars spy = TestData.spy();
        double[][] in = spy.columns(analytic.inputs());
        double[][] shortIn = new double[in.length][];
        for (int k = 0; k < in.length; k++) {
            shortIn[k] = java.util.Arrays.copyOf(in[k], analytic.lookback());
        }
        for (double[] o : analytic.batchKernel().compute(shortIn)) {
            assertThat(java.util.Arrays.stream(o).allMatch(Double::isNaN)).isTrue();
        }
    }

    @Test
    void shouldNameEveryAnalyticInLowerCaseOnce() {
        List<AnalyticDefinition> all = StandardCatalogue.get().definitions();
        assertThat(all)
                .extracting(AnalyticDefinition::name)
                .doesNotHaveDuplicates()
                .allMatch(n -> n.matches("[a-z0-9_]+"));
    }

    @Test
    void shouldFindAnalyticsByNameIgnoringCase() {
        assertThat(StandardCatalogue.get().find("SMA"))
                .hasValueSatisfying(d -> assertThat(d.name()).isEqualTo("sma"));
        assertThat(StandardCatalogue.get().find("nosuch")).isEmpty();
    }
}
