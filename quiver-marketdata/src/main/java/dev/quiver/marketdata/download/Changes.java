package dev.quiver.marketdata.download;

import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceField;
import dev.quiver.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a refresh found different from what was stored: bars added, bars whose prices or volume
 * changed (beyond a relative 1e-9), bars the source no longer gives (they stay stored), and every
 * corporate action added, revised or no longer listed. A revised split or dividend changes the
 * adjusted views on the next read. Immutable and thread-safe.
 *
 * @param barsAdded bars the store did not have
 * @param barsChanged bars whose values differ from the stored ones
 * @param barsGone stored bars of the refreshed dates the source no longer gives
 * @param actions one line per action added, revised or gone, such as {@code split 2024-06-10: 4 -> 10}
 */
public record Changes(int barsAdded, int barsChanged, int barsGone, List<String> actions) {

    /** No change. */
    public static final Changes NONE = new Changes(0, 0, 0, List.of());

    private static final double TOLERANCE = 1e-9;

    /** Copies the lines. */
    public Changes {
        actions = List.copyOf(actions);
    }

    /**
     * The changes from what was stored to what the source gave for the dates {@code asked}.
     *
     * @param oldBars the stored bars of those dates
     * @param newBars the bars the source gave
     * @param oldActions every stored action of the asset
     * @param newActions the actions the source gave, possibly some after the dates asked
     * @param asked the dates asked: a stored action of these dates that the source no longer gives is
     *     reported as gone
     */
    static Changes between(
            BarSeries oldBars,
            BarSeries newBars,
            List<CorporateAction> oldActions,
            List<CorporateAction> newActions,
            DateRange asked) {
        Map<Long, Integer> old = new HashMap<>();
        for (int i = 0; i < oldBars.size(); i++) {
            old.put(oldBars.time(i), i);
        }
        int added = 0;
        int changed = 0;
        for (int i = 0; i < newBars.size(); i++) {
            Integer j = old.remove(newBars.time(i));
            if (j == null) {
                added++;
            } else if (differ(oldBars, j, newBars, i)) {
                changed++;
            }
        }
        return new Changes(added, changed, old.size(), actionChanges(oldActions, newActions, asked));
    }

    /** These changes followed by {@code more}. */
    Changes plus(Changes more) {
        List<String> all = new ArrayList<>(actions);
        all.addAll(more.actions);
        return new Changes(barsAdded + more.barsAdded, barsChanged + more.barsChanged, barsGone + more.barsGone, all);
    }

    /** Whether nothing changed. */
    public boolean isEmpty() {
        return barsAdded == 0 && barsChanged == 0 && barsGone == 0 && actions.isEmpty();
    }

    /** One line: {@code 2 bars added, 1 changed, 0 gone; split 2024-06-10: 4 -> 10}, or {@code no change}. */
    public String describe() {
        if (isEmpty()) {
            return "no change";
        }
        String bars = barsAdded + " bars added, " + barsChanged + " changed, " + barsGone + " no longer given";
        return actions.isEmpty() ? bars : bars + "; " + String.join("; ", actions);
    }

    private static boolean differ(BarSeries a, int i, BarSeries b, int j) {
        for (PriceField field : PriceField.values()) {
            double x = a.value(field, i);
            double y = b.value(field, j);
            boolean bothAbsent = Double.isNaN(x) && Double.isNaN(y);
            if (!bothAbsent && !(Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y)))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> actionChanges(
            List<CorporateAction> before, List<CorporateAction> after, DateRange asked) {
        Map<String, CorporateAction> old = new HashMap<>();
        before.forEach(a -> old.put(key(a), a));
        List<String> lines = new ArrayList<>();
        for (CorporateAction action : after) {
            CorporateAction was = old.remove(key(action));
            if (was == null) {
                lines.add(key(action) + ": new, " + value(action));
            } else if (Math.abs(value(was) - value(action)) > TOLERANCE * Math.abs(value(was))) {
                lines.add(key(action) + ": " + value(was) + " -> " + value(action));
            }
        }
        old.values().stream()
                .filter(a -> asked.contains(a.exDate()))
                .map(a -> key(a) + ": no longer listed (kept)")
                .sorted()
                .forEach(lines::add);
        return lines;
    }

    private static String key(CorporateAction action) {
        LocalDate date = action.exDate();
        return (action instanceof Split ? "split " : "dividend ") + date;
    }

    private static double value(CorporateAction action) {
        return action instanceof Split split ? split.ratio() : ((CashDividend) action).amount();
    }
}
