package dev.quiver.bench.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.quiver.bench.kernels.RandomWalk;
import dev.quiver.core.engine.pull.PullResult;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each peer of {@link LiveUpdateBenchmark} computes over the benchmark's walk, against pull.
 * Quiver and the hand-written loops equal pull bit for bit at every bar. ta4j and TA-Lib differ;
 * their differences are measured after bar {@link #WARM} (past every peer's warm-up), as a fraction of
 * the bar's close (of 100 points for RSI), and bounded here so that a change in them shows.
 */
class LiveSixTest {

    /** The first bar compared for the peers that differ: past TA-Lib's longest lookback (MACD, 233). */
    private static final int WARM = 300;

    private static final int SMA = 0;
    private static final int EMA = 1;
    private static final int RSI = 2;
    private static final int MACD = 3;
    private static final int SIGNAL = 4;
    private static final int HIST = 5;
    private static final int UPPER = 6;
    private static final int MIDDLE = 7;
    private static final int LOWER = 8;
    private static final int ATR = 9;

    private static RandomWalk walk;
    private static PullResult pull;
    private static List<String> labels;

    @BeforeAll
    static void pull() {
        walk = new RandomWalk(LiveUpdateBenchmark.WALK);
        labels = new QuiverSix().labels();
        pull = WalkPull.of(walk, QuiverSix.EXPRESSIONS);
    }

    private static double expected(int k, int bar) {
        return pull.column(labels.get(k))[bar];
    }

    /** The largest difference from pull per output over bars {@link #WARM} on, as a fraction of scale. */
    private static double[] differences(LivePeer peer) {
        LiveSix six = LiveSix.of(peer);
        double[] worst = new double[LiveSix.OUTPUTS];
        for (int i = 0; i < walk.size(); i++) {
            six.update(walk, i);
            for (int k = 0; k < LiveSix.OUTPUTS && i >= WARM; k++) {
                double scale = k == RSI ? 100 : walk.close(i);
                worst[k] = Math.max(worst[k], Math.abs(six.value(k) - expected(k, i)) / scale);
            }
        }
        return worst;
    }

    @Test
    void shouldReadTheTenColumnsOfTheSixIndicatorsInOrder() {
        assertThat(labels)
                .containsExactly(
                        "sma(close, 20)",
                        "ema(close, 20)",
                        "rsi(close, 14)",
                        "macd(close, 12, 26, 9).macd",
                        "macd(close, 12, 26, 9).signal",
                        "macd(close, 12, 26, 9).hist",
                        "bbands(close, 20, 2, 2).upper",
                        "bbands(close, 20, 2, 2).middle",
                        "bbands(close, 20, 2, 2).lower",
                        "atr(high, low, close, 14)");
        assertThat(new QuiverSix().analytics())
                .as("MACD and BBANDS are one node each")
                .isEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(
            value = LivePeer.class,
            names = {"QUIVER", "HAND"})
    void shouldEqualPullAtEveryBar(LivePeer peer) {
        LiveSix six = LiveSix.of(peer);
        for (int i = 0; i < walk.size(); i++) {
            six.update(walk, i);
            for (int k = 0; k < LiveSix.OUTPUTS; k++) {
                if (Double.doubleToLongBits(six.value(k)) != Double.doubleToLongBits(expected(k, i))) {
                    fail("%s %s at bar %d: pull %s, live %s", peer, labels.get(k), i, expected(k, i), six.value(k));
                }
            }
        }
        assertThat(six.value(HIST)).isFinite();
    }

    @Test
    void shouldGiveTa4jValuesCloseToPullOnceWarm() {
        double[] ta4j = differences(LivePeer.TA4J_DOUBLE);

        // Measured: at most 7e-14 (SMA, middle band), 3e-11 (EMA, bands), 9e-8 of 100 points (RSI),
        // 3e-8 (MACD), 1e-9 (ATR): ta4j seeds EMA, RSI and ATR otherwise, but from the first bar.
        assertThat(Arrays.stream(ta4j).max().orElseThrow()).isLessThan(1e-6);
    }

    @Test
    void shouldGiveTaLibWrongRecursiveIndicatorsOverTheirLookbackAlone() {
        double[] talib = differences(LivePeer.TALIB);

        // Without an unstable period TA-Lib seeds EMA, RSI, MACD and ATR afresh over the lookback
        // window at every bar. Measured: EMA off by up to 1.3 % of the close, RSI by 36 points, MACD
        // by 0.8 %, signal 1.3 %, hist 0.5 %, ATR 0.2 %. SMA and BBANDS read only their window:
        // within 7e-14 and 3e-11 (TA-Lib sums its window afresh; Quiver keeps running sums).
        for (int k : new int[] {SMA, UPPER, MIDDLE, LOWER}) {
            assertThat(talib[k]).as(labels.get(k)).isLessThan(1e-10);
        }
        assertThat(talib[EMA]).isGreaterThan(0.01);
        assertThat(talib[RSI]).isGreaterThan(0.3);
        for (int k : new int[] {MACD, SIGNAL, HIST, ATR}) {
            assertThat(talib[k]).as(labels.get(k)).isGreaterThan(1e-3);
        }
    }

    @Test
    void shouldGiveTaLibStillInexactValuesWithAHundredBarUnstablePeriod() {
        double[] talib = differences(LivePeer.TALIB_UNSTABLE);

        // A 100-bar unstable period lets the averages settle, not converge. Measured: EMA off by up
        // to 6e-7 of the close, RSI by 0.03 points, MACD by 3e-9, ATR by 1.2e-6.
        assertThat(talib[EMA]).isBetween(1e-7, 1e-5);
        assertThat(talib[RSI]).isBetween(1e-4, 1e-3);
        assertThat(talib[MACD]).isBetween(1e-10, 1e-8);
        assertThat(talib[ATR]).isBetween(1e-7, 1e-5);
    }
}
