package dev.quiver.marketdata.alphavantage;

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
import dev.quiver.marketdata.ProviderErrorException;
import dev.quiver.marketdata.UnauthorizedException;
import dev.quiver.marketdata.http.JsonCursor;
import dev.quiver.marketdata.http.KeyedSource;
import dev.quiver.marketdata.http.Pacing;
import dev.quiver.marketdata.http.PoliteClient;
import dev.quiver.marketdata.http.TextResponse;
import dev.quiver.marketdata.http.Urls;
import dev.quiver.store.BarImport;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily bars from Alpha Vantage's {@code TIME_SERIES_DAILY_ADJUSTED}: one request per fetch, {@code
 * outputsize=compact} (the last 100 sessions) when the range starts within the last 120 days,
 * {@code full} otherwise, the rows outside the range dropped. Open, high, low and close are as
 * traded; {@code 5. adjusted close} is kept as the provider's; {@code 7. dividend amount} (as paid)
 * and {@code 8. split coefficient} become actions on their row's date. Session dates are the keys of
 * {@code Time Series (Daily)}, counted in {@code 5. Time Zone} of the meta data. Thread-safe.
 */
public final class AlphaVantageSource implements MarketDataSource {

    private static final String SERIES = "Time Series (Daily)";
    private static final int COMPACT_DAYS = 120;

    private final KeyedSource settings;
    private final PoliteClient http;
    private final Clock clock;

    /** A source of {@code settings}, waiting through {@code pacing}, whose clock also says what "today" is. */
    public AlphaVantageSource(KeyedSource settings, Pacing pacing) {
        this.settings = settings;
        this.http = settings.client(pacing);
        this.clock = pacing.clock();
    }

    @Override
    public String name() {
        return AlphaVantageConfig.SOURCE;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the request is not for daily bars
     * @throws UnauthorizedException also when no key is configured, before any request
     */
    @Override
    public FetchResult fetch(BarRequest request) {
        if (request.interval() != Interval.ONE_DAY) {
            throw new IllegalArgumentException("alphavantage serves daily bars only, not "
                    + request.interval().code());
        }
        String key = settings.requireKey();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("function", "TIME_SERIES_DAILY_ADJUSTED");
        query.put("symbol", request.symbol().symbol());
        boolean recent =
                !request.range().startInclusive().isBefore(LocalDate.now(clock).minusDays(COMPACT_DAYS));
        query.put("outputsize", recent ? "compact" : "full");
        query.put("apikey", key);
        TextResponse response = http.get(Urls.of(settings.baseUrl(), "/query", query), Map.of());
        if (response.status() == 401 || response.status() == 403) {
            throw new UnauthorizedException(name(), "HTTP " + response.status() + " from " + response.shownUrl());
        }
        if (response.status() != 200) {
            throw new ProviderErrorException(name(), response.shownUrl(), response.status(), response.excerpt());
        }
        JsonCursor root = JsonCursor.parse(response, name());
        AlphaVantageErrors.of(root, response, request.symbol()).ifPresent(e -> {
            throw e;
        });
        return read(root, request);
    }

    private FetchResult read(JsonCursor root, BarRequest request) {
        ZoneId zone = zone(root.field("Meta Data"));
        BarCollector bars = new BarCollector(request.symbol());
        List<CorporateAction> actions = new ArrayList<>();
        for (Map.Entry<String, JsonCursor> day : root.field(SERIES).members()) {
            LocalDate date = date(day);
            if (!request.range().contains(date)) {
                continue;
            }
            JsonCursor row = day.getValue();
            bars.add(
                    date.atStartOfDay(zone).toEpochSecond(),
                    date.toString(),
                    row.field("1. open").decimalText(),
                    row.field("2. high").decimalText(),
                    row.field("3. low").decimalText(),
                    row.field("4. close").decimalText(),
                    row.field("6. volume").decimalText(),
                    row.field("5. adjusted close").decimalText());
            double dividend = row.field("7. dividend amount").decimalText();
            if (dividend > 0) {
                actions.add(new CashDividend(date, dividend, ActionOrigin.PROVIDED));
            }
            double split = row.field("8. split coefficient").decimalText();
            if (split > 0 && split != 1.0) {
                actions.add(new Split(date, split, ActionOrigin.PROVIDED));
            }
        }
        Asset fallback = Asset.defaultFor(request.symbol());
        Asset asset = Asset.of(fallback.assetClass(), request.symbol(), fallback.name(), fallback.currency(), "", zone);
        BarImport batch = new BarImport(asset, Interval.ONE_DAY, bars.bars(), bars.adjustedCloses(), actions, name());
        return new FetchResult(batch, bars.warnings());
    }

    private static ZoneId zone(JsonCursor meta) {
        JsonCursor zone = meta.field("5. Time Zone");
        try {
            return ZoneId.of(zone.text());
        } catch (DateTimeException e) {
            throw zone.malformed("not a time zone: '" + zone.text() + "'");
        }
    }

    private static LocalDate date(Map.Entry<String, JsonCursor> day) {
        try {
            return LocalDate.parse(day.getKey());
        } catch (DateTimeParseException e) {
            throw day.getValue().malformed("not a date: '" + day.getKey() + "'");
        }
    }
}
