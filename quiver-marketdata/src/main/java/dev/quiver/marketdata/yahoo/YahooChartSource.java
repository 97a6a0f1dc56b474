package dev.quiver.marketdata.yahoo;

import dev.quiver.marketdata.BarRequest;
import dev.quiver.marketdata.FetchResult;
import dev.quiver.marketdata.MarketDataSource;
import dev.quiver.marketdata.NoDataInRangeException;
import dev.quiver.marketdata.http.JsonCursor;
import dev.quiver.marketdata.http.Pacing;
import dev.quiver.marketdata.http.TextResponse;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Bars, splits and dividends from Yahoo's v8 chart endpoint, as raw prices (see {@link ChartBatch}).
 *
 * <p>A fetch makes one request for the range and, when the range ends before now, a second one for
 * the splits since (at the coarsest interval, so its bars are few), because Yahoo's prices are
 * divided by those splits too. The chart endpoint needs no crumb; a 401 is answered by the crumb
 * handshake and one more try. Thread-safe; the rate limit is shared with {@link #quotes()}.
 */
public final class YahooChartSource implements MarketDataSource {

    private final YahooConnection connection;
    private final Clock clock;

    private YahooChartSource(YahooConnection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * A source asking {@code config}'s server.
     *
     * @param pacing the clock (which also says how far splits are asked for), sleeper and jitter
     */
    public static YahooChartSource create(YahooConfig config, Pacing pacing) {
        Objects.requireNonNull(config, "config");
        return new YahooChartSource(new YahooConnection(config, pacing), pacing.clock());
    }

    /** Quotes from the same server, through the same rate limit, cookie and crumb. */
    public YahooQuotes quotes() {
        return new YahooQuotes(connection);
    }

    @Override
    public String name() {
        return YahooConfig.SOURCE;
    }

    @Override
    public FetchResult fetch(BarRequest request) {
        Chart chart =
                chart(connection.get(ChartQuery.path(request.symbol()), ChartQuery.bars(request), false), request);
        List<YahooSplit> later =
                ChartQuery.mayHaveLaterSplits(request, clock.instant()) ? laterSplits(request) : List.of();
        return ChartBatch.build(request, chart, later);
    }

    private List<YahooSplit> laterSplits(BarRequest request) {
        TextResponse response = connection.get(
                ChartQuery.path(request.symbol()), ChartQuery.laterSplits(request, clock.instant()), false);
        try {
            return chart(response, request).splits();
        } catch (NoDataInRangeException noSessionSince) {
            return List.of();
        }
    }

    private static Chart chart(TextResponse response, BarRequest request) {
        if (response.status() != 200) {
            throw YahooErrors.of(response, request.symbol(), request.range());
        }
        JsonCursor chart = JsonCursor.parse(response, YahooConfig.SOURCE).field("chart");
        if (chart.optionalField("error").isPresent()) {
            throw YahooErrors.of(response, request.symbol(), request.range());
        }
        JsonCursor results = chart.field("result");
        List<JsonCursor> elements = results.elements();
        if (elements.size() != 1) {
            throw results.malformed("expected one result, found " + elements.size());
        }
        return ChartParser.parse(elements.get(0));
    }
}
