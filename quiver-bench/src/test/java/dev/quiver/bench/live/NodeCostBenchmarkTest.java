package dev.quiver.bench.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

class NodeCostBenchmarkTest {

    @Test
    void shouldFireAsManyAnalyticNodesAsItsParameterStates() throws ReflectiveOperationException {
        String nodes = NodeCostBenchmark.class
                .getDeclaredField("nodes")
                .getAnnotation(Param.class)
                .value()[0];

        assertThat(NodeCostBenchmark.graph().analytics())
                .isEqualTo(NodeCostBenchmark.EXPRESSIONS.size())
                .isEqualTo(Integer.parseInt(nodes));
    }
}
