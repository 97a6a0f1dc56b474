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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Expressions added and removed while bars stream in; the others keep their values. */
class AddRemoveTest {

    private static final AssetId SPY = AssetId.of("SPY");
    private static final AssetData DATA = PriceFiles.yahoo("SPY");
    private static final PullResult PULL = Engines.pull(SPY, List.of("rsi(14)", "ema(10)", "macd()", "sma(5)"), DATA);

    private final PushEngine engine = Engines.liveFromFirstBar(DATA);

    @AfterEach
    void stop() {
        engine.close();
    }

    private Lockstep replay(int from, int to) throws InterruptedException {
        Lockstep lockstep = new Lockstep(engine, SPY);
        ReplayFeed.of(SPY, DATA.bars().slice(from, to))
                .mode(ReplayFeed.Mode.TICKS)
                .run(lockstep);
        return lockstep;
    }

    private static void assertEqualsPull(Lockstep lockstep, String label, int from, int to) {
        assertThat(lockstep.committed().get(label))
                .as(label)
                .containsExactly(Arrays.copyOfRange(PULL.column(label), from, to));
    }

    @Test
    void shouldPrimeAddedExpressionsFromTheBarsSoFarAndDropRemovedOnes() throws InterruptedException {
        engine.add(SPY, List.of("rsi(14)")).join();
        replay(0, 200);

        engine.add(SPY, List.of("ema(10)", "macd()")).join();
        assertThat(Snapshots.read(engine, SPY).get("ema(10)").value()).isEqualTo(PULL.column("ema(10)")[199]);
        Lockstep second = replay(200, 400);
        engine.remove(SPY, List.of("rsi(14)")).join();
        Lockstep third = replay(400, 500);

        for (String label : List.of("rsi(14)", "ema(10)", "macd().macd", "macd().signal", "macd().hist")) {
            assertEqualsPull(second, label, 200, 400);
        }
        assertThat(third.committed()).doesNotContainKey("rsi(14)");
        assertEqualsPull(third, "ema(10)", 400, 500);
        assertEqualsPull(third, "macd().hist", 400, 500);
        assertThat(engine.stats().rebuilds())
                .as("first add, second add, removal")
                .isEqualTo(3);
    }

    @Test
    void shouldKeepAnExpressionUntilEveryAdditionIsRemoved() throws InterruptedException {
        engine.add(SPY, List.of("sma(5)")).join();
        engine.add(SPY, List.of("sma(5)")).join();
        replay(0, 10);

        engine.remove(SPY, List.of("sma(5)")).join();
        assertThat(Snapshots.read(engine, SPY)).containsKey("sma(5)");
        engine.remove(SPY, List.of("sma(5)")).join();
        assertThat(Snapshots.read(engine, SPY)).isEmpty();
        engine.remove(SPY, List.of("never(added)")).join();
    }
}
