package dev.quiver.core.graph;

import dev.quiver.core.analytics.BoundAnalytic;
import dev.quiver.core.asset.AssetId;
import java.util.List;
import java.util.Objects;

/**
 * An analytic with bound parameters over input nodes. Immutable and thread-safe.
 *
 * @param subject the asset whose timeline the values follow
 * @param expression the normalised expression, e.g. {@code sma(close,timeperiod=20)}
 * @param analytic the analytic and its parameter values, which create the kernels
 * @param inputs the series inputs in the analytic's input order
 */
public record AnalyticNode(AssetId subject, String expression, BoundAnalytic analytic, List<NodeOutput> inputs)
        implements Node {

    /** Copies the inputs and checks their count. */
    public AnalyticNode {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(analytic, "analytic");
        inputs = List.copyOf(inputs);
        if (inputs.size() != analytic.inputs().size()) {
            throw new IllegalArgumentException(
                    expression + " needs " + analytic.inputs().size() + " inputs");
        }
    }

    @Override
    public List<String> outputs() {
        return analytic.outputs();
    }

    @Override
    public int lookback() {
        return analytic.lookback();
    }
}
