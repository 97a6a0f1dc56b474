package dev.quiver.core.analytics.price;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.block.RowKernel;
import java.util.Locale;

/**
 * The price transforms of TA-Lib, each an average of fields of the current bar, with TA-Lib's order
 * of operations; lookback 0.
 */
enum PriceTransform {
    /** AVGPRICE: {@code (high + low + close + open) / 4}; inputs open, high, low, close. */
    AVGPRICE("Average of open, high, low and close", "open", "high", "low", "close") {
        @Override
        double of(double[] r) {
            return (r[1] + r[2] + r[3] + r[0]) / 4;
        }
    },
    /** MEDPRICE: {@code (high + low) / 2}. */
    MEDPRICE("Median price, the middle of high and low", "high", "low") {
        @Override
        double of(double[] r) {
            return (r[0] + r[1]) / 2.0;
        }
    },
    /** TYPPRICE: {@code (high + low + close) / 3}. */
    TYPPRICE("Typical price, the average of high, low and close", "high", "low", "close") {
        @Override
        double of(double[] r) {
            return (r[0] + r[1] + r[2]) / 3.0;
        }
    },
    /** WCLPRICE: {@code (high + low + 2 * close) / 4}. */
    WCLPRICE("Weighted close price", "high", "low", "close") {
        @Override
        double of(double[] r) {
            return (r[0] + r[1] + (r[2] * 2.0)) / 4.0;
        }
    };

    private final AnalyticDefinition definition;

    PriceTransform(String description, String... inputs) {
        this.definition = AnalyticDefinition.builder(
                        name().toLowerCase(Locale.ROOT), Family.PRICE, description + " (TA-Lib " + name() + ")")
                .inputs(inputs)
                .kernel(p -> new RowKernel(inputs.length, this::of))
                .build();
    }

    /** The transform of one input row. */
    abstract double of(double[] row);

    /** The catalogue entry. */
    AnalyticDefinition definition() {
        return definition;
    }
}
