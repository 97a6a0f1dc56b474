package dev.quiver.core.engine.pull;

import dev.quiver.core.series.PriceField;

/** Reads a field of an asset's data as a column, or says why it is not available. Stateless. */
final class FieldColumns {

    private FieldColumns() {}

    /**
     * The column of {@code field} in {@code data}.
     *
     * @throws IllegalStateException naming the field and asset when the data lacks it
     */
    static double[] of(AssetData data, String field) {
        if (field.equals("time")) {
            long[] times = data.bars().times();
            double[] seconds = new double[times.length];
            for (int i = 0; i < times.length; i++) {
                seconds[i] = times[i];
            }
            return seconds;
        }
        if (field.equals("adjclose")) {
            if (data.adjustedClose() == null) {
                throw new IllegalStateException(
                        "adjclose is not available for " + data.asset().id());
            }
            return data.adjustedClose();
        }
        PriceField price = PriceField.find(field).orElseThrow();
        double[] values = data.bars().column(price);
        if (values.length > 0 && allNaN(values)) {
            throw new IllegalStateException(
                    field + " is not available for " + data.asset().id() + ": its source has no " + field + " column");
        }
        return values;
    }

    private static boolean allNaN(double[] values) {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }
}
