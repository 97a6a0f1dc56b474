package dev.quiver.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import dev.quiver.store.AssetSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * An asset as the API shows it: what it is and what the store holds for it. Immutable.
 *
 * @param symbol the ticker
 * @param assetClass equity, etf, index, fx or crypto
 * @param name the display name
 * @param currency the quote currency
 * @param exchange the exchange code, empty when unknown
 * @param zone the zone of its session dates
 * @param bars how many bars are stored
 * @param first the first stored session date, null without bars
 * @param last the last stored session date, null without bars
 * @param splits how many splits are stored
 * @param dividends how many dividends are stored
 * @param actions the corporate actions, listed only for a single asset
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AssetView(
        String symbol,
        @JsonProperty("class") String assetClass,
        String name,
        String currency,
        String exchange,
        String zone,
        int bars,
        String first,
        String last,
        int splits,
        int dividends,
        List<ActionView> actions) {

    /**
     * One corporate action.
     *
     * @param kind split or dividend
     * @param exDate the ex-date
     * @param value the split ratio (new shares per old) or the cash amount per share
     * @param origin provided or inferred
     */
    record ActionView(String kind, String exDate, double value, String origin) {

        static ActionView of(CorporateAction action) {
            String origin = action.origin().name().toLowerCase(Locale.ROOT);
            if (action instanceof Split split) {
                return new ActionView("split", split.exDate().toString(), split.ratio(), origin);
            }
            CashDividend dividend = (CashDividend) action;
            return new ActionView("dividend", dividend.exDate().toString(), dividend.amount(), origin);
        }
    }

    /** The view of a summary, with {@code actions} when not null. */
    static AssetView of(AssetSummary summary, List<CorporateAction> actions) {
        Asset asset = summary.asset();
        return new AssetView(
                asset.id().symbol(),
                asset.assetClass().code(),
                asset.name(),
                asset.currency(),
                asset.exchange(),
                asset.zone().getId(),
                summary.bars(),
                date(summary.firstBarTime(), asset.zone()),
                date(summary.lastBarTime(), asset.zone()),
                summary.splits(),
                summary.dividends(),
                actions == null ? null : actions.stream().map(ActionView::of).toList());
    }

    private static String date(Instant time, ZoneId zone) {
        return time == null ? null : LocalDate.ofInstant(time, zone).toString();
    }
}
