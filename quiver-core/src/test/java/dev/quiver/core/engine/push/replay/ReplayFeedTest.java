package dev.quiver.core.engine.push.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.push.PushInput;
import dev.quiver.core.engine.push.support.Daily;
import dev.quiver.core.engine.push.support.MemorySource;
import dev.quiver.core.series.Bar;
import dev.quiver.core.series.BarSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayFeedTest {

    private static final AssetId AAPL = AssetId.of("AAPL");
    private static final AssetId SPY = AssetId.of("SPY");
    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 8);

    /** What a feed gave, one line per input. */
    private static final class Tape implements PushInput {
        final List<String> inputs = new ArrayList<>();
        final List<Long> times = new ArrayList<>();
        double volume;

        @Override
        public void tick(AssetId asset, long epochMillis, double price, double volume) {
            inputs.add(asset + " tick " + price);
            times.add(epochMillis);
            this.volume += volume;
        }

        @Override
        public void bar(AssetId asset, Bar bar) {
            inputs.add(asset + " bar " + bar.close());
        }

        @Override
        public void closeBar(AssetId asset) {
            inputs.add(asset + " close");
        }
    }

    private static BarSeries one(double open, double high, double low, double close, double volume) {
        return BarSeries.of(List.of(new Bar(
                MONDAY.atStartOfDay(java.time.ZoneId.of("America/New_York")).toInstant(),
                open,
                high,
                low,
                close,
                volume)));
    }

    private static Tape ticks(BarSeries bars) throws InterruptedException {
        Tape tape = new Tape();
        ReplayFeed.of(AAPL, bars).mode(ReplayFeed.Mode.TICKS).run(tape);
        return tape;
    }

    @Test
    void shouldTradeAnUpBarOpenLowHighCloseInsideTheBar() throws InterruptedException {
        Tape tape = ticks(one(10, 12, 9, 11, 1001));

        assertThat(tape.inputs)
                .containsExactly("AAPL tick 10.0", "AAPL tick 9.0", "AAPL tick 12.0", "AAPL tick 11.0", "AAPL close");
        long start = Daily.midnight(MONDAY) * 1000;
        assertThat(tape.times).isSorted().allMatch(t -> t > start && t < start + 86_400_000L);
        assertThat(tape.volume).isEqualTo(1001);
    }

    @Test
    void shouldTradeADownBarOpenHighLowClose() throws InterruptedException {
        assertThat(ticks(one(11, 12, 9, 10, 8)).inputs)
                .containsExactly("AAPL tick 11.0", "AAPL tick 12.0", "AAPL tick 9.0", "AAPL tick 10.0", "AAPL close");
    }

    @Test
    void shouldSplitVolumesSoThatTheirSumIsExact() {
        double[] prices = new double[4];
        double[] volumes = new double[4];
        for (double volume : new double[] {0, 3, 4, 123_456_789, 0x1p52 + 1, 2.5, Double.NaN}) {
            IntrabarPath.of(1, 2, 0.5, 1.5, volume, prices, volumes);
            double sum = volumes[0];
            for (int k = 1; k < 4; k++) {
                sum += volumes[k];
            }
            assertThat(sum).as("volume %s", volume).isEqualTo(Double.valueOf(volume));
        }
    }

    @Test
    void shouldMergeAssetsInTimeOrderWithTiesInTheOrderGiven() throws InterruptedException {
        Map<AssetId, BarSeries> series = new LinkedHashMap<>();
        series.put(SPY, BarSeries.of(List.of(Daily.bar(MONDAY, 1), Daily.bar(MONDAY.plusDays(2), 3))));
        series.put(AAPL, BarSeries.of(List.of(Daily.bar(MONDAY, 10), Daily.bar(MONDAY.plusDays(1), 20))));
        Tape tape = new Tape();

        assertThat(ReplayFeed.of(series).run(tape)).isEqualTo(4);
        assertThat(tape.inputs)
                .containsExactly(
                        "SPY bar 1.0",
                        "SPY close",
                        "AAPL bar 10.0",
                        "AAPL close",
                        "AAPL bar 20.0",
                        "AAPL close",
                        "SPY bar 3.0",
                        "SPY close");
    }

    @Test
    void shouldReplayTheSourcesBarsOfADateRange() throws InterruptedException {
        List<LocalDate> dates = List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3));
        MemorySource source = new MemorySource(Daily.asset("AAPL", dates, new double[] {1, 2, 3, 4}));
        Tape tape = new Tape();

        ReplayFeed.load(source, AAPL, MONDAY.plusDays(1), MONDAY.plusDays(3)).run(tape);

        assertThat(tape.inputs).containsExactly("AAPL bar 2.0", "AAPL close", "AAPL bar 3.0", "AAPL close");
        assertThatThrownBy(() -> ReplayFeed.load(source, SPY, MONDAY, MONDAY.plusDays(1)))
                .hasMessageContaining("no bars of SPY");
    }

    @Test
    void shouldPaceMarketTimeAtTheSpeedFactor() throws InterruptedException {
        List<Bar> days = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            days.add(Daily.bar(MONDAY.plusDays(d), 1));
        }
        double dayIn20Millis = 86_400 / 0.020;
        long start = System.nanoTime();

        ReplayFeed.of(AAPL, BarSeries.of(days))
                .pacing(Pacing.speed(dayIn20Millis))
                .run(new Tape());

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(elapsedMillis).as("four days after the first").isBetween(78L, 2_000L);
    }

    @Test
    void shouldRejectASpeedThatIsNotPositive() {
        assertThatThrownBy(() -> Pacing.speed(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pacing.speed(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }
}
