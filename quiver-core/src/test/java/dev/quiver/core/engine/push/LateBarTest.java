package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.PullResult;
import dev.quiver.core.engine.push.replay.ReplayFeed;
import dev.quiver.core.engine.push.support.Engines;
import dev.quiver.core.engine.push.support.Lockstep;
import dev.quiver.core.engine.push.support.PriceFiles;
import dev.quiver.core.engine.push.support.Snapshots;
import dev.quiver.core.series.Bar;
import dev.quiver.core.series.BarSeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A bar for a time already committed (amended), or one that arrives after later bars (late), is
 * written into the history and the subject's states are rebuilt from it: afterwards every value is
 * what pull gives over the corrected bars.
 */
class LateBarTest {

    private static final AssetId SPY = AssetId.of("SPY");
    private static final AssetData DATA = PriceFiles.yahoo("SPY");
    private static final List<String> EXPRESSIONS = List.of("ema(10)", "rsi(14)", "atr(14)", "obv()");

    private final PushEngine engine = Engines.liveFromFirstBar(DATA);

    @AfterEach
    void stop() {
        engine.close();
    }

    private static PullResult pull(BarSeries bars) {
        return Engines.pull(SPY, EXPRESSIONS, new AssetData(DATA.asset(), bars, null));
    }

    private static BarSeries withBar(BarSeries bars, int i, Bar bar) {
        List<Bar> all = new ArrayList<>();
        for (int k = 0; k < bars.size(); k++) {
            all.add(k == i ? bar : bars.bar(k));
        }
        return BarSeries.of(all);
    }

    private void assertEqualsPullAtLastBar(BarSeries bars) {
        PullResult pull = pull(bars);
        int last = bars.size() - 1;
        Map<String, NodeUpdate> values = Snapshots.read(engine, SPY);
        for (String label : EXPRESSIONS) {
            assertThat(values.get(label).barTime()).isEqualTo(Instant.ofEpochSecond(bars.time(last)));
            assertThat(values.get(label).value()).as(label).isEqualTo(pull.column(label)[last]);
        }
    }

    @Test
    void shouldRebuildFromHistoryWhenACommittedBarIsAmended() throws InterruptedException {
        engine.add(SPY, EXPRESSIONS).join();
        ReplayFeed.of(SPY, DATA.bars().slice(0, 300)).run(engine);
        Bar original = DATA.bars().bar(150);
        Bar amended = new Bar(
                original.time(),
                original.open(),
                original.high() * 1.01,
                original.low(),
                original.close() * 1.005,
                original.volume() + 1000);
        BarSeries corrected = withBar(DATA.bars(), 150, amended);
        long rebuilds =
                Snapshots.read(engine, SPY).isEmpty() ? -1 : engine.stats().rebuilds();

        engine.bar(SPY, amended);

        assertEqualsPullAtLastBar(corrected.slice(0, 300));
        assertThat(engine.stats().rebuilds()).isEqualTo(rebuilds + 1);
        Lockstep lockstep = new Lockstep(engine, SPY);
        ReplayFeed.of(SPY, corrected.slice(300, 400)).run(lockstep);
        PullResult pull = pull(corrected.slice(0, 400));
        for (String label : EXPRESSIONS) {
            assertThat(lockstep.committed().get(label))
                    .as(label)
                    .containsExactly(Arrays.copyOfRange(pull.column(label), 300, 400));
        }
    }

    @Test
    void shouldInsertABarThatArrivesAfterLaterOnes() throws InterruptedException {
        engine.add(SPY, EXPRESSIONS).join();
        ReplayFeed.of(SPY, DATA.bars().slice(0, 50)).run(engine);
        ReplayFeed.of(SPY, DATA.bars().slice(51, 100)).run(engine);

        engine.bar(SPY, DATA.bars().bar(50));

        assertEqualsPullAtLastBar(DATA.bars().slice(0, 100));
    }

    @Test
    void shouldCountAndDropATickForABarAlreadyClosed() throws InterruptedException {
        engine.add(SPY, EXPRESSIONS).join();
        ReplayFeed.of(SPY, DATA.bars().slice(0, 100)).run(engine);
        Map<String, NodeUpdate> before = Snapshots.read(engine, SPY);

        engine.tick(SPY, DATA.bars().time(99) * 1000 + 3_600_000, 1.0, 1e9);

        assertThat(Snapshots.read(engine, SPY)).isEqualTo(before);
        assertThat(engine.stats().lateInputs()).isEqualTo(1);
    }
}
