package dev.quiver.marketdata.yahoo;

import dev.quiver.marketdata.http.JsonCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code result} of a v8 chart answer into a {@link Chart}. Every array must have one
 * entry per timestamp (nulls allowed, read as NaN); the key order inside {@code quote[0]} does not
 * matter. {@code timestamp} and {@code events} are absent when the range holds no bar or no event.
 * Event keys are timestamps as strings; the {@code date} inside an event is used, the key when it
 * is missing. Stateless.
 */
final class ChartParser {

    private ChartParser() {}

    /** Reads {@code result}, the single element of {@code chart.result}. */
    static Chart parse(JsonCursor result) {
        ChartMeta meta = ChartMeta.parse(result.field("meta"));
        Optional<JsonCursor> stamps = result.optionalField("timestamp");
        List<JsonCursor> times = stamps.isPresent() ? stamps.get().elements() : List.of();
        int n = times.size();
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = times.get(i).wholeNumber();
        }
        JsonCursor indicators = result.field("indicators");
        JsonCursor quote = single(indicators.field("quote"));
        Optional<JsonCursor> adjusted = indicators.optionalField("adjclose").map(ChartParser::single);
        Optional<JsonCursor> events = result.optionalField("events");
        return new Chart(
                meta,
                t,
                column(quote, "open", n),
                column(quote, "high", n),
                column(quote, "low", n),
                column(quote, "close", n),
                column(quote, "volume", n),
                adjusted.isPresent() && n > 0 ? column(adjusted.get(), "adjclose", n) : null,
                events.flatMap(e -> e.optionalField("splits"))
                        .map(ChartParser::splits)
                        .orElse(List.of()),
                events.flatMap(e -> e.optionalField("dividends"))
                        .map(ChartParser::dividends)
                        .orElse(List.of()));
    }

    private static JsonCursor single(JsonCursor array) {
        List<JsonCursor> elements = array.elements();
        if (elements.size() != 1) {
            throw array.malformed("expected one element, found " + elements.size());
        }
        return elements.get(0);
    }

    private static double[] column(JsonCursor parent, String name, int n) {
        if (n == 0) {
            return new double[0];
        }
        JsonCursor array = parent.field(name);
        List<JsonCursor> cells = array.elements();
        if (cells.size() != n) {
            throw array.malformed("has " + cells.size() + " values for " + n + " timestamps");
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = cells.get(i).numberOrNaN();
        }
        return values;
    }

    private static List<YahooSplit> splits(JsonCursor splits) {
        List<YahooSplit> events = new ArrayList<>();
        for (Map.Entry<String, JsonCursor> member : splits.members()) {
            JsonCursor event = member.getValue();
            double ratio = event.field("numerator").number()
                    / event.field("denominator").number();
            events.add(new YahooSplit(time(member), ratio));
        }
        return events;
    }

    private static List<YahooDividend> dividends(JsonCursor dividends) {
        List<YahooDividend> events = new ArrayList<>();
        for (Map.Entry<String, JsonCursor> member : dividends.members()) {
            events.add(new YahooDividend(
                    time(member), member.getValue().field("amount").number()));
        }
        return events;
    }

    private static long time(Map.Entry<String, JsonCursor> member) {
        Optional<JsonCursor> date = member.getValue().optionalField("date");
        if (date.isPresent()) {
            return date.get().wholeNumber();
        }
        try {
            return Long.parseLong(member.getKey());
        } catch (NumberFormatException e) {
            throw member.getValue().malformed("no date, and the key is not a timestamp");
        }
    }
}
