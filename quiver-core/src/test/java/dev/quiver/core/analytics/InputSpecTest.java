package dev.quiver.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputSpecTest {

    private static AnalyticDefinition.Builder builder() {
        return AnalyticDefinition.builder("probe", Family.RISK, "a definition to probe inputs")
                .kernel(p -> new ProbeKernel());
    }

    @Test
    void shouldReadAFieldByDefaultUnderItsOwnName() {
        InputSpec close = InputSpec.field("close");
        assertThat(close.name()).isEqualTo("close");
        assertThat(close.defaultExpression()).contains("close");
        assertThat(close.required()).isFalse();
    }

    @Test
    void shouldCarryAnExpressionAsDefaultText() {
        InputSpec returns = InputSpec.withDefault("returns", "returns(close)");
        assertThat(returns.defaultExpression()).contains("returns(close)");
        assertThat(returns.required()).isFalse();
    }

    @Test
    void shouldBeRequiredWithoutADefault() {
        InputSpec factor = InputSpec.required("factor");
        assertThat(factor.required()).isTrue();
        assertThat(factor.defaultExpression()).isEmpty();
    }

    @Test
    void shouldRejectABlankDefault() {
        assertThatThrownBy(() -> new InputSpec("x", Optional.of(" "))).hasMessage("x: blank default expression");
    }

    @Test
    void shouldListInputNamesAndSpecsInKernelOrder() {
        AnalyticDefinition d = builder()
                .input(InputSpec.required("factor"))
                .input(InputSpec.withDefault("returns", "returns(close)"))
                .build();
        assertThat(d.inputs()).containsExactly("factor", "returns");
        assertThat(d.inputSpecs()).extracting(InputSpec::required).containsExactly(true, false);
    }

    @Test
    void shouldKeepFieldInputsAsTheyWere() {
        AnalyticDefinition d = builder().inputs("high", "low", "close").build();
        assertThat(d.inputs()).containsExactly("high", "low", "close");
        assertThat(d.inputSpecs())
                .allMatch(i -> i.defaultExpression().orElseThrow().equals(i.name()));
    }

    @Test
    void shouldRejectARequiredInputAfterOneWithADefault() {
        assertThatThrownBy(() -> builder()
                        .input(InputSpec.withDefault("returns", "returns(close)"))
                        .input(InputSpec.required("factor"))
                        .build())
                .hasMessage("probe: required input factor after one with a default");
    }

    @Test
    void shouldNotBeAnchoredUnlessDeclared() {
        assertThat(builder().inputs("close").build().anchored()).isFalse();
        assertThat(builder().inputs("close").anchored().build().anchored()).isTrue();
    }

    /** A kernel with no behaviour worth computing, for definitions built in tests. */
    private static final class ProbeKernel implements AnalyticKernel {
        @Override
        public int lookback() {
            return 0;
        }

        @Override
        public KernelState newState() {
            throw new UnsupportedOperationException("not computed");
        }
    }
}
