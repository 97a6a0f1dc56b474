package dev.quiver.core.analytics;

import java.util.List;

/**
 * An analytic with checked parameter values: what a node of the graph computes. It creates the
 * batch kernel and any number of incremental states, which give the same numbers. Immutable and
 * thread-safe.
 */
public final class BoundAnalytic {

    private final AnalyticDefinition definition;
    private final ParamValues values;
    private final AnalyticKernel kernel;

    BoundAnalytic(AnalyticDefinition definition, ParamValues values, AnalyticKernel kernel) {
        this.definition = definition;
        this.values = values;
        this.kernel = kernel;
    }

    /** The catalogue entry. */
    public AnalyticDefinition definition() {
        return definition;
    }

    /** The parameter values. */
    public ParamValues values() {
        return values;
    }

    /** The number of leading bars without output: the first output is at index {@code lookback()}. */
    public int lookback() {
        return kernel.lookback();
    }

    /** The default series inputs. */
    public List<String> inputs() {
        return definition.inputs();
    }

    /** The output names. */
    public List<String> outputs() {
        return definition.outputs();
    }

    /** The batch form. */
    public BatchKernel batchKernel() {
        return new CheckedBatchKernel(kernel, inputs().size(), outputs().size());
    }

    /** A fresh incremental state with nothing committed. */
    public KernelState newState() {
        return kernel.newState();
    }

    /**
     * Normalised text: name and every positional parameter, then conventions that differ from the
     * canonical one, e.g. {@code ema(10, seed=first)}.
     */
    public String text() {
        return definition.name() + "(" + values.text() + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoundAnalytic b && definition == b.definition && values.equals(b.values);
    }

    @Override
    public int hashCode() {
        return definition.hashCode() * 31 + values.hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
