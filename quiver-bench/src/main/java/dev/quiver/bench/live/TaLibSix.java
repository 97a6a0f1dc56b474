package dev.quiver.bench.live;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.FuncUnstId;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import dev.quiver.bench.kernels.RandomWalk;

/**
 * The six indicators in TA-Lib Java, which has no incremental form: after each bar, every indicator
 * is recomputed for the last bar alone (start and end index both the last), so that TA-Lib reads
 * just the lookback window of the latest bars. With an unstable period, TA-Lib's EMA, RSI, MACD and
 * ATR also read that many bars more, to let their running averages settle. The latest bars are kept
 * in arrays that are compacted to their last {@link #KEEP} bars when full.
 */
final class TaLibSix implements LiveSix {

    /** The unstable period of the {@link LivePeer#TALIB_UNSTABLE} peer, in bars. */
    static final int UNSTABLE_PERIOD = 100;

    /** Bars kept when the arrays are compacted: more than the longest lookback (MACD: 33 + 2 x 100). */
    static final int KEEP = 512;

    private static final int CAPACITY = 8192;

    private final Core core = new Core();
    private final double[] high = new double[CAPACITY];
    private final double[] low = new double[CAPACITY];
    private final double[] close = new double[CAPACITY];
    private final double[][] out = new double[OUTPUTS][1];
    private final MInteger begin = new MInteger();
    private final MInteger count = new MInteger();
    private int size;

    TaLibSix(int unstablePeriod) {
        for (FuncUnstId id : new FuncUnstId[] {FuncUnstId.Ema, FuncUnstId.Rsi, FuncUnstId.Atr}) {
            core.SetUnstablePeriod(id, unstablePeriod);
        }
    }

    @Override
    public void update(RandomWalk walk, int i) {
        if (size == CAPACITY) {
            for (double[] column : new double[][] {high, low, close}) {
                System.arraycopy(column, CAPACITY - KEEP, column, 0, KEEP);
            }
            size = KEEP;
        }
        high[size] = walk.high(i);
        low[size] = walk.low(i);
        close[size] = walk.close(i);
        int last = size++;
        core.sma(last, last, close, 20, begin, count, out[0]);
        defined(0, 1);
        core.ema(last, last, close, 20, begin, count, out[1]);
        defined(1, 2);
        core.rsi(last, last, close, 14, begin, count, out[2]);
        defined(2, 3);
        core.macd(last, last, close, 12, 26, 9, begin, count, out[3], out[4], out[5]);
        defined(3, 6);
        core.bbands(last, last, close, 20, 2, 2, MAType.Sma, begin, count, out[6], out[7], out[8]);
        defined(6, 9);
        core.atr(last, last, high, low, close, 14, begin, count, out[9]);
        defined(9, 10);
    }

    /** Marks outputs {@code from} to {@code to} (exclusive) NaN when the last call had too few bars. */
    private void defined(int from, int to) {
        if (count.value == 0) {
            for (int k = from; k < to; k++) {
                out[k][0] = Double.NaN;
            }
        }
    }

    @Override
    public double value(int k) {
        return out[k][0];
    }
}
