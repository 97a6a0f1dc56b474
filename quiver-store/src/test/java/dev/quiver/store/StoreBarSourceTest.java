package dev.quiver.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.asset.Split;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.PullEngine;
import dev.quiver.core.engine.pull.PullRequest;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.PriceField;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import dev.quiver.store.support.TestBars;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBarSourceTest {

    private static final AssetId KO = AssetId.of("KO");
    private static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);

    @TempDir
    Path dir;

    private BarStore store;

    @BeforeEach
    void openStore() {
        store = BarStore.open(dir.resolve("q.db"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private void importCloses(double... closes) {
        Asset ko = TestBars.equity("KO");
        store.importBars(new BarImport(
                ko,
                Interval.ONE_DAY,
                TestBars.daily(ko.zone(), JAN_2, closes),
                null,
                List.of(new Split(LocalDate.of(2024, 1, 4), 2, ActionOrigin.PROVIDED)),
                "test"));
    }

    @Test
    void shouldServeChosenViewAndTotalReturnClose() {
        importCloses(80, 82, 41, 42);
        AssetData data = new StoreBarSource(store, Adjustment.SPLIT)
                .load(KO, LocalDate.MAX)
                .orElseThrow();

        assertThat(data.bars().column(PriceField.CLOSE)).containsExactly(40, 41, 41, 42);
        assertThat(data.adjustedClose()).containsExactly(40, 41, 41, 42);
        assertThat(new StoreBarSource(store, Adjustment.RAW)
                        .load(KO, LocalDate.MAX)
                        .orElseThrow()
                        .bars()
                        .column(PriceField.CLOSE))
                .containsExactly(80, 82, 41, 42);
        assertThat(new StoreBarSource(store, Adjustment.SPLIT).load(AssetId.of("NOPE"), LocalDate.MAX))
                .isEmpty();
    }

    @Test
    void shouldRaiseRevisionOnEveryImport() {
        importCloses(80, 82, 41, 42);
        StoreBarSource source = new StoreBarSource(store, Adjustment.SPLIT);
        long first = source.revision(KO).orElseThrow();

        importCloses(80, 82, 41, 42);

        assertThat(source.revision(KO).orElseThrow()).isGreaterThan(first);
        assertThat(source.revision(AssetId.of("NOPE"))).isEmpty();
    }

    @Test
    void shouldReuseCachedColumnsUntilNewBarsArrive() {
        importCloses(80, 82, 41, 42);
        CaffeineColumnCache cache = new CaffeineColumnCache(1 << 20);
        PullEngine engine = new PullEngine(
                StandardCatalogue.get(), new StoreBarSource(store, Adjustment.SPLIT), Runnable::run, cache);
        PullRequest request = new PullRequest(KO, List.of("sma(2)"), DateRange.ALL, Alignment.INTERSECT);

        double[] before = engine.evaluate(request).column("sma(2)");
        long cached = cache.size();
        assertThat(engine.evaluate(request).column("sma(2)")).containsExactly(before);
        assertThat(cache.size()).isEqualTo(cached).isEqualTo(2);
        assertThat(cache.hits()).isEqualTo(2);

        importCloses(80, 82, 41, 44);

        assertThat(engine.evaluate(request).column("sma(2)")).containsExactly(Double.NaN, 40.5, 41, 42.5);
        assertThat(cache.size()).isEqualTo(4);
    }
}
