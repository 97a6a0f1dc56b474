package dev.quiver.core.analytics;

/** Checks column shapes before handing them to an analytic's kernel. Immutable and thread-safe. */
final class CheckedBatchKernel implements BatchKernel {

    private final AnalyticKernel kernel;
    private final int inputCount;
    private final int outputCount;

    CheckedBatchKernel(AnalyticKernel kernel, int inputCount, int outputCount) {
        this.kernel = kernel;
        this.inputCount = inputCount;
        this.outputCount = outputCount;
    }

    @Override
    public int inputCount() {
        return inputCount;
    }

    @Override
    public int outputCount() {
        return outputCount;
    }

    @Override
    public int lookback() {
        return kernel.lookback();
    }

    @Override
    public void compute(double[][] inputs, double[][] outputs) {
        if (inputs.length != inputCount || outputs.length != outputCount) {
            throw new IllegalArgumentException("expected " + inputCount + " input and " + outputCount
                    + " output columns, got " + inputs.length + " and " + outputs.length);
        }
        int n = inputs[0].length;
        for (double[][] columns : new double[][][] {inputs, outputs}) {
            for (double[] c : columns) {
                if (c.length != n) {
                    throw new IllegalArgumentException("columns differ in length: " + n + " and " + c.length);
                }
            }
        }
        kernel.compute(inputs, outputs);
    }
}
