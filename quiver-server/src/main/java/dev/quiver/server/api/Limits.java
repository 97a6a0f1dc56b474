package dev.quiver.server.api;

/**
 * What one request may ask of the server. Immutable.
 *
 * @param maxBodyBytes the largest request body (413 above it)
 * @param maxRangeDays the longest date range, in calendar days counting both ends (400 above it)
 * @param maxExpressions the most expressions in one request (400 above it)
 * @param maxQueryAssets the most assets in one query (400 above it)
 */
public record Limits(long maxBodyBytes, int maxRangeDays, int maxExpressions, int maxQueryAssets) {

    /** One MiB of body, 100 years of dates, 32 expressions, 100 assets. */
    public static final Limits DEFAULT = new Limits(1 << 20, 36_525, 32, 100);

    /** Requires every limit to be positive. */
    public Limits {
        if (maxBodyBytes < 1 || maxRangeDays < 1 || maxExpressions < 1 || maxQueryAssets < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxBodyBytes + " body bytes, "
                    + maxRangeDays + " range days, " + maxExpressions + " expressions, " + maxQueryAssets
                    + " query assets");
        }
    }
}
