package dev.quiver.bench.live;

/** Who updates the six indicators bar by bar in {@link LiveUpdateBenchmark}. */
public enum LivePeer {
    /** Quiver's live graph of the six expressions. */
    QUIVER,
    /** Plain hand-written loops with constant state: the floor. */
    HAND,
    /** ta4j with DoubleNum over a series of bounded length. */
    TA4J_DOUBLE,
    /** TA-Lib Java, each indicator recomputed over its lookback window of the latest bars. */
    TALIB,
    /** TA-Lib Java as {@link #TALIB}, with a 100-bar unstable period for EMA, RSI, MACD and ATR. */
    TALIB_UNSTABLE
}
