package dev.quiver.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import dev.quiver.store.support.TestBars;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarStoreConcurrencyTest {

    private static final int BARS = 20_000;

    @TempDir
    Path dir;

    @Test
    void shouldShowReadersAllOrNothingOfAnImportUnderWay() {
        AssetId id = AssetId.of("AAPL");
        try (BarStore store = BarStore.open(dir.resolve("quiver.db"))) {
            store.putAsset(TestBars.equity("AAPL"));
            BarImport batch = BarImport.of(
                    TestBars.equity("AAPL"),
                    Interval.ONE_DAY,
                    TestBars.rising(TestBars.NEW_YORK, LocalDate.of(1900, 1, 1), BARS),
                    List.of(),
                    "csv");

            Set<Integer> seen = new TreeSet<>();
            seen.add(store.bars(id, Interval.ONE_DAY, DateRange.ALL, Adjustment.RAW)
                    .size());

            CompletableFuture<ImportReport> importing = CompletableFuture.supplyAsync(() -> store.importBars(batch));
            while (!importing.isDone()) {
                seen.add(store.bars(id, Interval.ONE_DAY, DateRange.ALL, Adjustment.RAW)
                        .size());
            }
            seen.add(store.bars(id, Interval.ONE_DAY, DateRange.ALL, Adjustment.RAW)
                    .size());

            assertThat(importing.join().bars()).isEqualTo(BARS);
            assertThat(seen).containsExactly(0, BARS);
        }
    }
}
