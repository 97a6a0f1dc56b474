package dev.quiver.bench.kernels;

import dev.quiver.core.analytics.ArgumentValue;
import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.BatchKernel;
import dev.quiver.core.analytics.standard.StandardCatalogue;
import java.util.List;
import java.util.Map;

/** Quiver's batch kernel for one indicator, bound once, with its input and output columns. */
final class QuiverKernels {

    private final BatchKernel kernel;
    private final double[][] inputs;
    private final double[][] outputs;

    QuiverKernels(Indicator indicator, RandomWalk bars) {
        double[] c = bars.close;
        switch (indicator) {
            case SMA20 -> kernel = bind("sma", 20);
            case EMA20 -> kernel = bind("ema", 20);
            case RSI14 -> kernel = bind("rsi", 14);
            case MACD -> kernel = bind("macd", 12, 26, 9);
            case BBANDS ->
                kernel = StandardCatalogue.get()
                        .bind(
                                "bbands",
                                Arguments.of(
                                        List.of(ArgumentValue.of(20), ArgumentValue.of(2), ArgumentValue.of(2)),
                                        Map.of()))
                        .batchKernel();
            case ATR14 -> kernel = bind("atr", 14);
            default -> throw new IllegalArgumentException(indicator.name());
        }
        inputs = indicator == Indicator.ATR14 ? new double[][] {bars.high, bars.low, c} : new double[][] {c};
        outputs = new double[kernel.outputCount()][c.length];
    }

    private static BatchKernel bind(String name, double... parameters) {
        return StandardCatalogue.get().bind(name, Arguments.of(parameters)).batchKernel();
    }

    /** Computes every output over every bar; returns the last value of the first output. */
    double run() {
        kernel.compute(inputs, outputs);
        return outputs[0][outputs[0].length - 1];
    }
}
