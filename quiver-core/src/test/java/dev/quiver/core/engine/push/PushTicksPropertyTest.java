package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.PullResult;
import dev.quiver.core.engine.push.support.Daily;
import dev.quiver.core.engine.push.support.Engines;
import dev.quiver.core.engine.push.support.ManualClock;
import dev.quiver.core.engine.push.support.Snapshots;
import dev.quiver.core.series.BarSeries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random trade streams (a random walk of prices, whole volumes, one to six trades a day, bars closed
 * explicitly or by the next day's first trade, and trades arriving for a day already closed) give,
 * at every day, what pull gives over the bars the trades form.
 */
class PushTicksPropertyTest {

    private static final AssetId ACME = AssetId.of("ACME");
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final List<String> EXPRESSIONS = List.of(
            "sma(3)",
            "ema(close, 4)",
            "rsi(close, 3)",
            "atr(3)",
            "obv()",
            "macd(3, 5, 2)",
            "bbands(4)",
            "mfi(3)",
            "willr(3)",
            "max(high, 3)");

    /** One trade: a relative price move and a volume. */
    record Trade(double move, int volume) {}

    /** One day's trades, whether it is closed explicitly, and whether a late trade follows its close. */
    record Day(List<Trade> trades, boolean closed, boolean lateTrade) {}

    @Provide
    Arbitrary<List<Day>> days() {
        Arbitrary<Trade> trade = Combinators.combine(
                        Arbitraries.doubles().between(-0.03, 0.03),
                        Arbitraries.integers().between(0, 50_000))
                .as(Trade::new);
        Arbitrary<Day> day = Combinators.combine(
                        trade.list().ofMinSize(1).ofMaxSize(6),
                        Arbitraries.of(true, false),
                        Arbitraries.of(false, false, false, true))
                .as(Day::new);
        return day.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 30)
    void shouldEqualPullOnTheBarsItsTradesForm(@ForAll("days") List<Day> days) {
        int n = days.size();
        double[][] bars = new double[5][n];
        double price = 100;
        for (int d = 0; d < n; d++) {
            List<Trade> trades = days.get(d).trades();
            for (int k = 0; k < trades.size(); k++) {
                price *= 1 + trades.get(k).move();
                bars[0][d] = k == 0 ? price : bars[0][d];
                bars[1][d] = k == 0 ? price : Math.max(bars[1][d], price);
                bars[2][d] = k == 0 ? price : Math.min(bars[2][d], price);
                bars[3][d] = price;
                bars[4][d] += trades.get(k).volume();
            }
        }
        long[] times = new long[n];
        for (int d = 0; d < n; d++) {
            times[d] = Daily.midnight(FIRST.plusDays(d));
        }
        AssetData formed = new AssetData(
                Asset.defaultFor(ACME), BarSeries.of(times, bars[0], bars[1], bars[2], bars[3], bars[4]), null);
        PullResult pull = Engines.pull(ACME, EXPRESSIONS, formed);

        try (PushEngine engine = PushEngine.start(
                Engines.config(new ManualClock(Instant.ofEpochSecond(times[0]))).build())) {
            engine.add(ACME, EXPRESSIONS).join();
            double walk = 100;
            for (int d = 0; d < n; d++) {
                Day day = days.get(d);
                for (int k = 0; k < day.trades().size(); k++) {
                    walk *= 1 + day.trades().get(k).move();
                    engine.tick(
                            ACME,
                            (times[d] + 3600L * (9 + k)) * 1000,
                            walk,
                            day.trades().get(k).volume());
                }
                if (day.closed()) {
                    engine.closeBar(ACME);
                    if (day.lateTrade()) {
                        engine.tick(ACME, (times[d] + 3600L * 20) * 1000, walk * 2, 1);
                    }
                }
                assertDay(Snapshots.read(engine, ACME), pull, d, day.closed());
            }
        }
    }

    private static void assertDay(Map<String, NodeUpdate> values, PullResult pull, int d, boolean closed) {
        for (String label : pull.labels()) {
            NodeUpdate update = values.get(label);
            assertThat(update.barTime()).isEqualTo(Instant.ofEpochSecond(pull.times()[d]));
            assertThat(update.provisional()).isEqualTo(!closed);
            assertThat(Double.doubleToLongBits(update.value()))
                    .as("%s on day %d: pull %s, push %s", label, d, pull.column(label)[d], update.value())
                    .isEqualTo(Double.doubleToLongBits(pull.column(label)[d]));
        }
    }
}
