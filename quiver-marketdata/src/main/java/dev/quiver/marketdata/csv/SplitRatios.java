package dev.quiver.marketdata.csv;

/**
 * The split ratios an inference may conclude, and the test that a step in a provider's adjusted
 * close is one of them. Stateless.
 */
final class SplitRatios {

    /** New shares per old share of the splits that are inferred: 3:2, 2:1 ... 10:1 and their reverses. */
    private static final double[] PLAUSIBLE = {
        1.5, 2, 3, 4, 5, 7, 8, 10, 1 / 1.5, 1 / 2.0, 1 / 3.0, 1 / 4.0, 1 / 5.0, 1 / 7.0, 1 / 8.0, 1 / 10.0
    };

    /**
     * How far (relatively) a step may be from the plausible ratio: room for a dividend of up to this
     * size on the split's ex-date, which is then inferred from what remains.
     */
    private static final double TOLERANCE = 0.01;

    private SplitRatios() {}

    /**
     * The split that explains a step, or NaN if none does.
     *
     * @param adjustmentStep how much {@code AdjClose / Close} grows from one bar to the next
     * @param priceJump {@code close / previousClose}: must be nearer to {@code 1 / ratio} than to 1,
     *     so that a step in the adjusted close without a matching move of the price is not a split
     */
    static double explaining(double adjustmentStep, double priceJump) {
        double best = Double.NaN;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (double ratio : PLAUSIBLE) {
            double distance = Math.abs(Math.log(adjustmentStep / ratio));
            if (distance < bestDistance) {
                best = ratio;
                bestDistance = distance;
            }
        }
        boolean close = bestDistance < Math.log1p(TOLERANCE);
        boolean priceMoved = Math.abs(Math.log(priceJump * best)) < Math.abs(Math.log(priceJump));
        return close && priceMoved ? best : Double.NaN;
    }
}
