package dev.quiver.marketdata.yahoo;

import dev.quiver.core.asset.AssetId;
import dev.quiver.marketdata.BarRequest;
import dev.quiver.marketdata.http.Urls;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The v8 chart requests of a fetch. Stateless.
 *
 * <p>Yahoo returns the bars whose timestamp (the session open, in UTC) lies in {@code [period1,
 * period2)}. {@code period2} is midnight UTC of the day after the last wanted date. {@code period1}
 * is midnight UTC of the day <em>before</em> the first wanted date: exchanges east of UTC whose
 * session opens before midnight UTC (Sydney, Auckland) stamp a date's bar on the previous UTC day.
 * The rows outside the wanted dates are dropped when read.
 */
final class ChartQuery {

    /** The interval of the request for later splits: the coarsest Yahoo has, so that few bars come back. */
    private static final String COARSEST = "3mo";

    private ChartQuery() {}

    /** The path of the chart of {@code symbol}. */
    static String path(AssetId symbol) {
        return "/v8/finance/chart/" + Urls.segment(symbol.symbol());
    }

    /** The query of the bars, splits and dividends of {@code request}. */
    static Map<String, String> bars(BarRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("period1", midnightUtc(request.range().startInclusive().minusDays(1)));
        query.put("period2", midnightUtc(request.range().endExclusive()));
        query.put("interval", request.interval().code());
        query.put("events", "div|split");
        query.put("includePrePost", "false");
        return query;
    }

    /**
     * Whether splits after the request's range may already be in Yahoo's prices: when the range ends
     * before {@code now}.
     */
    static boolean mayHaveLaterSplits(BarRequest request, Instant now) {
        return laterStart(request) < now.getEpochSecond();
    }

    /** The query of the splits from the end of {@code request}'s range up to {@code now}. */
    static Map<String, String> laterSplits(BarRequest request, Instant now) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("period1", Long.toString(laterStart(request)));
        query.put("period2", Long.toString(now.getEpochSecond()));
        query.put("interval", COARSEST);
        query.put("events", "split");
        return query;
    }

    private static long laterStart(BarRequest request) {
        return request.range()
                .endExclusive()
                .minusDays(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toEpochSecond();
    }

    private static String midnightUtc(LocalDate date) {
        return Long.toString(date.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
    }
}
