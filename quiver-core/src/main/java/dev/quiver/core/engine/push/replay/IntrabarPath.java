package dev.quiver.core.engine.push.replay;

/**
 * The four synthetic trades a bar is replayed as: the open, then the low and the high in the more
 * plausible order (an up bar, close at or above open, dips first; a down bar peaks first: the order
 * that makes the shorter path from open to close), then the close. The volume is split so that the
 * trades' volumes add up to the bar's exactly: a whole volume in four whole parts (the last takes the
 * remainder), any other (fractional or NaN) all on the close. A bar whose high or low does not cover
 * its open and close forms, from these trades, with extremes that do. Stateless.
 */
final class IntrabarPath {

    /** Trades per bar. */
    static final int TRADES = 4;

    private static final double WHOLE_LIMIT = 0x1p53;

    private IntrabarPath() {}

    /** Fills {@code prices} and {@code volumes} (each of length {@link #TRADES}) for one bar. */
    static void of(
            double open, double high, double low, double close, double volume, double[] prices, double[] volumes) {
        boolean up = close >= open;
        prices[0] = open;
        prices[1] = up ? low : high;
        prices[2] = up ? high : low;
        prices[3] = close;
        boolean whole = volume >= 0 && volume < WHOLE_LIMIT && volume == Math.rint(volume);
        double part = whole ? Math.floor(volume / TRADES) : 0;
        volumes[0] = part;
        volumes[1] = part;
        volumes[2] = part;
        volumes[3] = whole ? volume - 3 * part : volume;
    }
}
