package dev.quiver.core.analytics.volume;

/**
 * Chaikin's accumulation/distribution line step, as TA-Lib's AD and ADOSC compute it: the close
 * location value {@code ((close - low) - (high - close)) / (high - low)} times volume, added when
 * the range is positive. Stateless and thread-safe.
 */
final class AccumulationDistribution {

    private AccumulationDistribution() {}

    /** The line after adding this bar to {@code ad}. */
    static double next(double ad, double high, double low, double close, double volume) {
        double range = high - low;
        return range > 0.0 ? ad + (((close - low) - (high - close)) / range) * volume : ad;
    }
}
