package dev.quiver.marketdata.csv;

import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import java.util.Comparator;
import java.util.List;

/**
 * How to get raw prices from a file's prices, and the corporate actions found.
 *
 * @param priceFactor per row, what the file's prices are multiplied by (and volumes divided by) to
 *     give raw prices; null when the file's prices are taken as raw
 * @param actions the actions, put in ex-date order with a split before a dividend of the same date
 *     (the order in which {@code PriceAdjuster} expresses a dividend in post-split shares)
 */
record Reconstruction(double[] priceFactor, List<CorporateAction> actions) {

    private static final Comparator<CorporateAction> ORDER =
            Comparator.comparing(CorporateAction::exDate).thenComparing(a -> a instanceof Split ? 0 : 1);

    /** Sorts the actions. */
    Reconstruction {
        actions = actions.stream().sorted(ORDER).toList();
    }

    /** Prices taken as they are, with these actions. */
    static Reconstruction asGiven(List<CorporateAction> actions) {
        return new Reconstruction(null, actions);
    }
}
