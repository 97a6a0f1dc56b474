package dev.quiver.bench.kernels;

/** The six indicators the speed targets name, with the parameters every peer runs them at. */
public enum Indicator {
    /** SMA(20). */
    SMA20,
    /** EMA(20). */
    EMA20,
    /** RSI(14). */
    RSI14,
    /** MACD(12, 26, 9). */
    MACD,
    /** BBANDS(20, 2, 2) with an SMA middle band. */
    BBANDS,
    /** ATR(14). */
    ATR14
}
