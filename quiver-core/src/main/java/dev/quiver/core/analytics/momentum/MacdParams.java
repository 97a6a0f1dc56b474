package dev.quiver.core.analytics.momentum;

/**
 * MACD periods. As TA-Lib does, a fast period longer than the slow one is swapped with it.
 *
 * @param fast bars of the fast EMA
 * @param slow bars of the slow EMA, at least {@code fast}
 * @param signal bars of the signal EMA of the MACD line
 */
record MacdParams(int fast, int slow, int signal) {

    /** Checks the periods and orders fast and slow. */
    static MacdParams of(int fast, int slow, int signal) {
        if (fast < 2 || slow < 2 || signal < 1) {
            throw new IllegalArgumentException(
                    "periods must be at least 2, 2 and 1, were " + fast + ", " + slow + ", " + signal);
        }
        return slow < fast ? new MacdParams(slow, fast, signal) : new MacdParams(fast, slow, signal);
    }

    /** TA-Lib's MACD lookback: {@code slow - 1 + signal - 1}. */
    int lookback() {
        return slow - 1 + signal - 1;
    }
}
