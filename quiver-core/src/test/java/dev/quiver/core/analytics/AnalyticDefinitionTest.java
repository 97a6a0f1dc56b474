package dev.quiver.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.analytics.standard.StandardCatalogue;
import org.junit.jupiter.api.Test;

class AnalyticDefinitionTest {

    private static final Catalogue CATALOGUE = StandardCatalogue.get();

    private static AnalyticDefinition sma() {
        return CATALOGUE.find("sma").orElseThrow();
    }

    @Test
    void shouldDescribeInputsParametersOutputsAndLookback() {
        AnalyticDefinition sma = sma();
        assertThat(sma.family()).isEqualTo(Family.OVERLAP);
        assertThat(sma.inputs()).containsExactly("close");
        assertThat(sma.outputs()).containsExactly("sma");
        ParamSpec p = sma.params().get(0);
        assertThat(p.name()).isEqualTo("timeperiod");
        assertThat(p.kind()).isEqualTo(ParamKind.INT);
        assertThat(p.defaultValue()).isEqualTo(30);
        assertThat(p.allowed()).isEqualTo("an integer in [2, 100000]");
        assertThat(sma.defaults().lookback()).isEqualTo(29);
        assertThat(sma.lookback(sma.bind(Arguments.of(20)).values())).isEqualTo(19);
    }

    @Test
    void shouldRejectAnOutOfRangeValueNamingAnalyticParameterRangeAndValue() {
        assertThatThrownBy(() -> sma().bind(Arguments.of(-5)))
                .isInstanceOf(BindingException.class)
                .hasMessage("sma: timeperiod must be an integer in [2, 100000], was -5");
        assertThatThrownBy(() -> sma().bind(Arguments.of(2.5)))
                .hasMessage("sma: timeperiod must be an integer in [2, 100000], was 2.5");
    }

    @Test
    void shouldRejectAWordWhereANumberIsExpected() {
        assertThatThrownBy(() -> sma().bind(Arguments.none().with("timeperiod", "long")))
                .hasMessage("sma: timeperiod must be an integer in [2, 100000], was long");
    }

    @Test
    void shouldRejectTooManyPositionalArguments() {
        assertThatThrownBy(() -> sma().bind(Arguments.of(20, 3)))
                .hasMessage("sma: takes at most 1 positional arguments (timeperiod), got 2");
    }

    @Test
    void shouldRejectUnknownAndRepeatedNames() {
        assertThatThrownBy(() -> sma().bind(Arguments.none().with("period", 5)))
                .hasMessage("sma: no parameter named period; parameters are (timeperiod)");
        assertThatThrownBy(() -> sma().bind(Arguments.of(20).with("timeperiod", 5)))
                .hasMessage("sma: timeperiod is given twice");
    }

    @Test
    void shouldBindNamedArgumentsAndConventionsByName() {
        AnalyticDefinition ema = CATALOGUE.find("ema").orElseThrow();
        BoundAnalytic b = ema.bind(Arguments.none().with("seed", "FIRST").with("timeperiod", 10));
        assertThat(b.values().intValue("timeperiod")).isEqualTo(10);
        assertThat(b.values().choice("seed")).isEqualTo("first");
        assertThat(ema.conventions()).extracting(ParamSpec::name).containsExactly("seed");
        assertThatThrownBy(() -> ema.bind(Arguments.none().with("seed", "zero")))
                .hasMessage("ema: seed must be one of sma, first, was zero");
    }

    @Test
    void shouldNotAcceptAConventionPositionally() {
        AnalyticDefinition ema = CATALOGUE.find("ema").orElseThrow();
        assertThatThrownBy(() -> ema.bind(Arguments.of(10).and(ArgumentValue.of("first"))))
                .hasMessage("ema: takes at most 1 positional arguments (timeperiod), got 2");
    }

    @Test
    void shouldWriteNormalisedTextWithNonCanonicalConventionsOnly() {
        AnalyticDefinition ema = CATALOGUE.find("ema").orElseThrow();
        assertThat(ema.bind(Arguments.of(10)).text()).isEqualTo("ema(10)");
        assertThat(ema.bind(Arguments.of(10).with("seed", "sma")).text()).isEqualTo("ema(10)");
        assertThat(ema.bind(Arguments.of(10).with("seed", "first")).text()).isEqualTo("ema(10, seed=first)");
        assertThat(ema.defaults()).isEqualTo(ema.bind(Arguments.of(30)));
    }

    @Test
    void shouldFailThroughTheCatalogueForAnUnknownName() {
        assertThatThrownBy(() -> CATALOGUE.bind("smaa", Arguments.none())).hasMessage("unknown analytic smaa");
    }
}
