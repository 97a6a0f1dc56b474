package dev.quiver.bench.kernels;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;

/** TA-Lib Java's array functions for one indicator, with output arrays allocated once. */
final class TaLibKernels {

    private final Core core = new Core();
    private final Indicator indicator;
    private final RandomWalk bars;
    private final double[] out1;
    private final double[] out2;
    private final double[] out3;
    private final MInteger begin = new MInteger();
    private final MInteger count = new MInteger();

    TaLibKernels(Indicator indicator, RandomWalk bars) {
        this.indicator = indicator;
        this.bars = bars;
        out1 = new double[bars.size()];
        out2 = new double[bars.size()];
        out3 = new double[bars.size()];
    }

    /** Computes over every bar; returns the last value of the first output. */
    double run() {
        int end = bars.size() - 1;
        double[] c = bars.close;
        switch (indicator) {
            case SMA20 -> core.sma(0, end, c, 20, begin, count, out1);
            case EMA20 -> core.ema(0, end, c, 20, begin, count, out1);
            case RSI14 -> core.rsi(0, end, c, 14, begin, count, out1);
            case MACD -> core.macd(0, end, c, 12, 26, 9, begin, count, out1, out2, out3);
            case BBANDS -> core.bbands(0, end, c, 20, 2, 2, MAType.Sma, begin, count, out1, out2, out3);
            case ATR14 -> core.atr(0, end, bars.high, bars.low, c, 14, begin, count, out1);
            default -> throw new IllegalArgumentException(indicator.name());
        }
        return out1[count.value - 1];
    }
}
