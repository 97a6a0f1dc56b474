package dev.quiver.marketdata.yahoo;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import dev.quiver.core.series.BarSeries;
import dev.quiver.marketdata.BarRequest;
import dev.quiver.marketdata.FetchResult;
import dev.quiver.store.BarImport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Turns a chart answer into a batch of raw bars.
 *
 * <p>Yahoo divides open, high, low and close (and multiplies volume) by every split up to the moment
 * of the answer, and states dividends per split-adjusted share; close is not dividend-adjusted. So
 * each kept row's prices are multiplied by its {@link SplitFactors factor}, its volume divided by it,
 * and each dividend multiplied by the factor of its ex-date. The factor needs the splits after the
 * requested range too, which the chart answer for the range does not list: the caller fetches them
 * separately ({@code laterSplits}). The adjusted close is kept as Yahoo's own, which is correct only
 * as of the answer. Stored actions: the splits and dividends of the range and the later splits (those
 * are facts about the asset, and the store's split view needs them); later dividends are not asked
 * for. Stateless.
 */
final class ChartBatch {

    private ChartBatch() {}

    /**
     * The batch of {@code chart} for {@code request}.
     *
     * @param laterSplits the split events from the range's end up to the moment of the answer
     */
    static FetchResult build(BarRequest request, Chart chart, List<YahooSplit> laterSplits) {
        List<String> warnings = new ArrayList<>();
        ZoneId zone = chart.meta().zone();
        LocalDate end = request.range().endExclusive();
        List<SessionRow> rows = SessionRows.select(chart, request, warnings);
        List<Split> splits = new ArrayList<>(splits(chart.splits(), zone, request.range()::contains, warnings));
        splits.addAll(splits(laterSplits, zone, date -> !date.isBefore(end), warnings));
        SplitFactors factors = SplitFactors.of(splits, rows, chart.close(), warnings);
        List<CorporateAction> actions = new ArrayList<>(splits);
        actions.addAll(dividends(chart, zone, request, factors, warnings));
        Asset asset = chart.meta().asset(request.symbol());
        BarImport batch = new BarImport(
                asset,
                request.interval(),
                rawBars(chart, rows, factors, warnings),
                adjustedCloses(chart, rows),
                actions,
                YahooConfig.SOURCE);
        return new FetchResult(
                batch, warnings.stream().map(w -> request.symbol() + ": " + w).toList());
    }

    private static BarSeries rawBars(Chart chart, List<SessionRow> rows, SplitFactors factors, List<String> warnings) {
        int n = rows.size();
        long[] times = new long[n];
        double[][] prices = new double[4][n];
        double[] volume = new double[n];
        double[][] given = {chart.open(), chart.high(), chart.low(), chart.close()};
        for (int k = 0; k < n; k++) {
            SessionRow row = rows.get(k);
            double factor = factors.at(row.date());
            times[k] = row.time();
            for (int f = 0; f < 4; f++) {
                prices[f][k] = given[f][row.index()] * factor;
            }
            double v = chart.volume()[row.index()];
            if (v < 0) {
                warnings.add(row.date() + ": negative volume " + v + " dropped");
            }
            volume[k] = v >= 0 ? v / factor : Double.NaN;
        }
        return BarSeries.of(times, prices[0], prices[1], prices[2], prices[3], volume);
    }

    private static double[] adjustedCloses(Chart chart, List<SessionRow> rows) {
        if (chart.adjustedClose() == null) {
            return null;
        }
        double[] values = new double[rows.size()];
        for (int k = 0; k < values.length; k++) {
            double value = chart.adjustedClose()[rows.get(k).index()];
            values[k] = value > 0 ? value : Double.NaN;
        }
        return values;
    }

    private static List<Split> splits(
            List<YahooSplit> events, ZoneId zone, Predicate<LocalDate> wanted, List<String> warnings) {
        Map<LocalDate, Split> byDate = new LinkedHashMap<>();
        for (YahooSplit event : events) {
            LocalDate date = dateOf(event.time(), zone);
            if (!wanted.test(date)) {
                continue;
            }
            double ratio = event.ratio();
            if (!(ratio > 0) || Double.isInfinite(ratio) || ratio == 1.0) {
                warnings.add(date + ": split ratio " + ratio + " ignored");
            } else if (byDate.put(date, new Split(date, ratio, ActionOrigin.PROVIDED)) != null) {
                warnings.add(date + ": two splits on one date; the later listed kept");
            }
        }
        return List.copyOf(byDate.values());
    }

    private static List<CashDividend> dividends(
            Chart chart, ZoneId zone, BarRequest request, SplitFactors factors, List<String> warnings) {
        Map<LocalDate, CashDividend> byDate = new LinkedHashMap<>();
        for (YahooDividend event : chart.dividends()) {
            LocalDate date = dateOf(event.time(), zone);
            if (!request.range().contains(date)) {
                continue;
            }
            if (!(event.amount() > 0) || Double.isInfinite(event.amount())) {
                warnings.add(date + ": dividend " + event.amount() + " ignored");
                continue;
            }
            double paid = event.amount() * factors.at(date);
            if (byDate.put(date, new CashDividend(date, paid, ActionOrigin.PROVIDED)) != null) {
                warnings.add(date + ": two dividends on one date; the later listed kept");
            }
        }
        return List.copyOf(byDate.values());
    }

    private static LocalDate dateOf(long epochSecond, ZoneId zone) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
    }
}
