package dev.quiver.server.api;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.engine.pull.NodeFailure;
import dev.quiver.core.engine.pull.PullResult;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceField;
import dev.quiver.core.time.Interval;
import dev.quiver.server.frame.Column;
import dev.quiver.server.frame.Frame;
import dev.quiver.server.frame.TimeAxis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds frames from the engine's results and the store's bars. Stateless. */
final class Frames {

    private Frames() {}

    /** A pull result as a frame: session dates, one column per expression, failures kept. */
    static Frame of(PullResult result) {
        List<LocalDate> dates = new ArrayList<>(result.rows());
        for (int i = 0; i < result.rows(); i++) {
            dates.add(result.date(i));
        }
        Map<String, String> failures = result.failures().stream()
                .collect(Collectors.toMap(NodeFailure::column, NodeFailure::reason, (a, b) -> a));
        List<Column> columns = new ArrayList<>();
        for (int k = 0; k < result.labels().size(); k++) {
            String label = result.labels().get(k);
            columns.add(new Column(label, result.columns().get(k), failures.get(label)));
        }
        return new Frame(result.subject().id().symbol(), TimeAxis.ofDates(dates), columns);
    }

    /** Bars as a frame: open, high, low, close, volume; dates for daily bars, instants otherwise. */
    static Frame of(Asset asset, Interval interval, BarSeries bars) {
        TimeAxis times;
        if (interval.isDaily()) {
            List<LocalDate> dates = new ArrayList<>(bars.size());
            for (int i = 0; i < bars.size(); i++) {
                dates.add(LocalDate.ofInstant(Instant.ofEpochSecond(bars.time(i)), asset.zone()));
            }
            times = TimeAxis.ofDates(dates);
        } else {
            times = TimeAxis.ofInstants(bars.times());
        }
        List<Column> columns = new ArrayList<>();
        for (PriceField field : PriceField.values()) {
            columns.add(Column.of(field.code(), bars.column(field)));
        }
        return new Frame(asset.id().symbol(), times, columns);
    }
}
