package dev.quiver.bench.live;

import dev.quiver.bench.kernels.RandomWalk;

/**
 * One peer's live form of the six indicators (SMA 20, EMA 20, RSI 14, MACD 12/26/9, BBANDS 20/2/2,
 * ATR 14): given bars one at a time, its ten outputs readable after each. Not thread-safe.
 */
interface LiveSix {

    /**
     * The number of outputs, in this order: SMA, EMA, RSI, MACD's macd, signal and hist, BBANDS'
     * upper, middle and lower band, ATR.
     */
    int OUTPUTS = 10;

    /** Takes bar {@code i} of {@code walk} as the next closed bar. */
    void update(RandomWalk walk, int i);

    /** Output {@code k} after the last update; NaN where the peer has none. */
    double value(int k);

    /** A fresh instance of {@code peer}'s form, with no bar given. */
    static LiveSix of(LivePeer peer) {
        return switch (peer) {
            case QUIVER -> new QuiverSix();
            case HAND -> new HandSix();
            case TA4J_DOUBLE -> new Ta4jSix();
            case TALIB -> new TaLibSix(0);
            case TALIB_UNSTABLE -> new TaLibSix(TaLibSix.UNSTABLE_PERIOD);
        };
    }
}
