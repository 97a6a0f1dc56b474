package dev.quiver.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BindingContextTest {

    private static final BindingContext CRYPTO = new BindingContext(365);

    private static final AnalyticDefinition ANNUALISED = AnalyticDefinition.builder(
                    "probe", Family.RISK, "a definition with an annualisation factor")
            .inputs("close")
            .param(ParamSpec.real("risk_free", 0, -1, 1, "per period").asKeywordOnly())
            .param(ParamSpec.periods())
            .kernel(p -> new ProbeKernel(p.intValue("periods")))
            .build();

    private static AnalyticDefinition annualised() {
        return ANNUALISED;
    }

    @Test
    void shouldDefaultPeriodsTo252InTheStandardContext() {
        BoundAnalytic b = annualised().bind(Arguments.none());
        assertThat(b.values().intValue("periods")).isEqualTo(252);
        assertThat(b.lookback()).isEqualTo(252);
        assertThat(annualised().defaults()).isEqualTo(b);
    }

    @Test
    void shouldDefaultPeriodsToTheSubjectsCalendar() {
        BoundAnalytic b = annualised().bind(Arguments.none(), CRYPTO);
        assertThat(b.values().intValue("periods")).isEqualTo(365);
        assertThat(b.values().allDefault()).isTrue();
        assertThat(b.text()).isEqualTo("probe()");
    }

    @Test
    void shouldLetAnArgumentOverrideTheContext() {
        BoundAnalytic b = annualised().bind(Arguments.none().with("periods", 52), CRYPTO);
        assertThat(b.values().intValue("periods")).isEqualTo(52);
        assertThat(b.text()).isEqualTo("probe(periods=52)");
    }

    @Test
    void shouldWriteTheStandardFactorWhereTheSubjectsDefaultDiffers() {
        BoundAnalytic explicit = annualised().bind(Arguments.none().with("periods", 252), CRYPTO);
        assertThat(explicit.text()).isEqualTo("probe(periods=252)");
        assertThat(explicit).isNotEqualTo(annualised().defaults());
        assertThat(annualised().bind(Arguments.none().with("periods", 365), CRYPTO))
                .isEqualTo(annualised().bind(Arguments.none(), CRYPTO));
    }

    @Test
    void shouldLeaveOtherDefaultsCanonical() {
        BoundAnalytic b = annualised().bind(Arguments.none(), CRYPTO);
        assertThat(b.values().doubleValue("risk_free")).isZero();
    }

    @Test
    void shouldTakeRealKeywordArgumentsOnlyByName() {
        assertThatThrownBy(() -> annualised().bind(Arguments.of(0.01)))
                .hasMessage("probe: takes at most 0 positional arguments (), got 1");
        assertThat(annualised().bind(Arguments.none().with("risk_free", 0.01)).text())
                .isEqualTo("probe(risk_free=0.01)");
    }

    @Test
    void shouldRejectANonPositiveNumberOfPeriods() {
        assertThatThrownBy(() -> new BindingContext(0)).hasMessage("periodsPerYear must be at least 1, was 0");
    }

    /** A kernel whose lookback shows the bound number of periods. */
    private record ProbeKernel(int periods) implements AnalyticKernel {
        @Override
        public int lookback() {
            return periods;
        }

        @Override
        public KernelState newState() {
            throw new UnsupportedOperationException("not computed");
        }
    }
}
