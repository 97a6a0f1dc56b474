package dev.quiver.marketdata.polygon;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import dev.quiver.core.time.Interval;
import dev.quiver.marketdata.BarCollector;
import dev.quiver.marketdata.BarRequest;
import dev.quiver.marketdata.FetchResult;
import dev.quiver.marketdata.MarketDataSource;
import dev.quiver.marketdata.http.JsonCursor;
import dev.quiver.marketdata.http.KeyedSource;
import dev.quiver.marketdata.http.Pacing;
import dev.quiver.marketdata.http.Urls;
import dev.quiver.store.BarImport;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bars, splits and dividends from Polygon: three requests per fetch (more when a list runs over
 * pages). Aggregates are asked {@code adjusted=false}, so prices and volumes are as traded and no
 * adjusted close is given; {@code t} is the start of the aggregate window in milliseconds, midnight
 * New York time for daily bars. Splits are {@code split_to} new shares per {@code split_from} old on
 * their {@code execution_date}; cash amounts of the same ex-date (a regular and a special dividend)
 * are added up. Thread-safe.
 */
public final class PolygonSource implements MarketDataSource {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final PolygonCalls calls;

    /** A source of {@code settings}, waiting through {@code pacing}. */
    public PolygonSource(KeyedSource settings, Pacing pacing) {
        this.calls = new PolygonCalls(settings, settings.client(pacing));
    }

    @Override
    public String name() {
        return PolygonConfig.SOURCE;
    }

    @Override
    public FetchResult fetch(BarRequest request) {
        String ticker = Urls.segment(request.symbol().symbol());
        String from = request.range().startInclusive().toString();
        String to = request.lastDate().toString();
        Map<String, String> aggregates = new LinkedHashMap<>();
        aggregates.put("adjusted", "false");
        aggregates.put("sort", "asc");
        aggregates.put("limit", "50000");
        List<JsonCursor> rows = calls.results(
                "/v2/aggs/ticker/" + ticker + "/range/" + span(request.interval()) + "/" + from + "/" + to,
                aggregates,
                request.symbol());
        BarCollector bars = bars(rows, request);
        List<CorporateAction> actions = new ArrayList<>(splits(request, from, to));
        actions.addAll(dividends(request, from, to));
        Asset fallback = Asset.defaultFor(request.symbol());
        Asset asset = Asset.of(fallback.assetClass(), request.symbol(), fallback.name(), "USD", "", NEW_YORK);
        return new FetchResult(
                new BarImport(asset, request.interval(), bars.bars(), null, actions, name()), bars.warnings());
    }

    private static BarCollector bars(List<JsonCursor> rows, BarRequest request) {
        BarCollector bars = new BarCollector(request.symbol());
        boolean daily = request.interval() == Interval.ONE_DAY;
        for (JsonCursor row : rows) {
            Instant start = Instant.ofEpochMilli(row.field("t").wholeNumber());
            LocalDate date = LocalDate.ofInstant(start, NEW_YORK);
            if (!request.range().contains(date)) {
                continue;
            }
            bars.add(
                    daily ? date.atStartOfDay(NEW_YORK).toEpochSecond() : start.getEpochSecond(),
                    daily ? date.toString() : start.toString(),
                    row.field("o").number(),
                    row.field("h").number(),
                    row.field("l").number(),
                    row.field("c").number(),
                    row.optionalField("v").map(JsonCursor::number).orElse(Double.NaN),
                    Double.NaN);
        }
        return bars;
    }

    private List<Split> splits(BarRequest request, String from, String to) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("ticker", request.symbol().symbol());
        query.put("execution_date.gte", from);
        query.put("execution_date.lte", to);
        query.put("limit", "1000");
        List<Split> splits = new ArrayList<>();
        for (JsonCursor split : calls.results("/v3/reference/splits", query, request.symbol())) {
            double ratio =
                    split.field("split_to").number() / split.field("split_from").number();
            if (ratio > 0 && ratio != 1.0 && Double.isFinite(ratio)) {
                splits.add(new Split(date(split.field("execution_date")), ratio, ActionOrigin.PROVIDED));
            }
        }
        return splits;
    }

    private List<CashDividend> dividends(BarRequest request, String from, String to) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("ticker", request.symbol().symbol());
        query.put("ex_dividend_date.gte", from);
        query.put("ex_dividend_date.lte", to);
        query.put("limit", "1000");
        Map<LocalDate, Double> cash = new TreeMap<>();
        for (JsonCursor dividend : calls.results("/v3/reference/dividends", query, request.symbol())) {
            double amount = dividend.field("cash_amount").number();
            if (amount > 0) {
                cash.merge(date(dividend.field("ex_dividend_date")), amount, Double::sum);
            }
        }
        List<CashDividend> dividends = new ArrayList<>();
        cash.forEach((date, amount) -> dividends.add(new CashDividend(date, amount, ActionOrigin.PROVIDED)));
        return dividends;
    }

    private static String span(Interval interval) {
        return switch (interval) {
            case ONE_MINUTE -> "1/minute";
            case FIVE_MINUTES -> "5/minute";
            case FIFTEEN_MINUTES -> "15/minute";
            case THIRTY_MINUTES -> "30/minute";
            case ONE_HOUR -> "1/hour";
            case ONE_DAY -> "1/day";
        };
    }

    private static LocalDate date(JsonCursor text) {
        try {
            return LocalDate.parse(text.text());
        } catch (DateTimeException e) {
            throw text.malformed("not a date: '" + text.text() + "'");
        }
    }
}
