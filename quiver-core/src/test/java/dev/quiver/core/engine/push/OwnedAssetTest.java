package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.push.OwnedAsset.Outcome;
import dev.quiver.core.time.Interval;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OwnedAssetTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 8);

    private final OwnedAsset asset = owned(false);

    private static OwnedAsset owned(boolean adjusted) {
        TrackedAsset data = new TrackedAsset(AssetId.of("AAPL"));
        data.install(new BarHistory(), Long.MIN_VALUE, false);
        return new OwnedAsset(data, new BarClock(Interval.ONE_DAY, NEW_YORK), adjusted, MONDAY.toEpochDay(), 0);
    }

    private static long millis(LocalDate date, int hour) {
        return LocalDateTime.of(date, java.time.LocalTime.of(hour, 0))
                        .atZone(NEW_YORK)
                        .toEpochSecond()
                * 1000;
    }

    private static long midnight(LocalDate date) {
        return date.atStartOfDay(NEW_YORK).toEpochSecond();
    }

    @Test
    void shouldFoldTicksIntoTheFormingBar() {
        assertThat(asset.tick(millis(MONDAY, 10), 100, 5, 0)).isEqualTo(Outcome.BEGUN);
        assertThat(asset.tick(millis(MONDAY, 11), 104, 1, 0)).isEqualTo(Outcome.FORMING);
        asset.tick(millis(MONDAY, 12), 97, 2, 0);
        asset.tick(millis(MONDAY, 15), 101, 3, 0);

        FormingBar bar = asset.forming();
        assertThat(bar.start()).isEqualTo(midnight(MONDAY));
        assertThat(bar.key()).isEqualTo(MONDAY.toEpochDay());
        assertThat(asset.formingValue(Fields.OPEN)).isEqualTo(100);
        assertThat(asset.formingValue(Fields.HIGH)).isEqualTo(104);
        assertThat(asset.formingValue(Fields.LOW)).isEqualTo(97);
        assertThat(asset.formingValue(Fields.CLOSE)).isEqualTo(101);
        assertThat(asset.formingValue(Fields.VOLUME)).isEqualTo(11);
        assertThat(asset.data().history().size()).isZero();
    }

    @Test
    void shouldCloseTheFormingBarWhenATickOfALaterBarArrives() {
        asset.tick(millis(MONDAY, 10), 100, 5, 0);

        assertThat(asset.tick(millis(MONDAY.plusDays(1), 10), 102, 7, 0)).isEqualTo(Outcome.CLOSED);
        BarHistory history = asset.data().history();
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.time(0)).isEqualTo(midnight(MONDAY));
        assertThat(history.value(Fields.CLOSE, 0)).isEqualTo(100);
        assertThat(asset.formingValue(Fields.OPEN)).isEqualTo(102);
    }

    @Test
    void shouldDropATickOfABarAlreadyClosed() {
        asset.tick(millis(MONDAY, 10), 100, 5, 0);
        assertThat(asset.closeBar(0)).isEqualTo(Outcome.CLOSED);

        assertThat(asset.tick(millis(MONDAY, 15), 90, 5, 0)).isEqualTo(Outcome.LATE);
        assertThat(asset.tick(millis(MONDAY.minusDays(3), 15), 90, 5, 0))
                .as("before the live point")
                .isEqualTo(Outcome.LATE);
        assertThat(asset.data().history().value(Fields.CLOSE, 0)).isEqualTo(100);
        assertThat(asset.forming().active()).isFalse();
    }

    @Test
    void shouldReplaceTheFormingBarWithASnapshotOfTheSameTime() {
        asset.tick(millis(MONDAY, 10), 100, 5, 0);

        assertThat(asset.bar(midnight(MONDAY), 99, 110, 95, 108, 50, 0)).isEqualTo(Outcome.FORMING);
        assertThat(asset.formingValue(Fields.HIGH)).isEqualTo(110);
        assertThat(asset.bar(midnight(MONDAY.plusDays(1)), 1, 2, 1, 2, 3, 0)).isEqualTo(Outcome.CLOSED);
        assertThat(asset.data().history().value(Fields.HIGH, 0)).isEqualTo(110);
    }

    @Test
    void shouldAmendTheHistoryWithABarOfAClosedTime() {
        asset.bar(midnight(MONDAY), 1, 1, 1, 1, 1, 0);
        asset.bar(midnight(MONDAY.plusDays(1)), 2, 2, 2, 2, 2, 0);
        asset.closeBar(0);

        assertThat(asset.bar(midnight(MONDAY), 5, 5, 5, 5, 5, 0)).isEqualTo(Outcome.AMENDED);
        assertThat(asset.amendedKey()).isEqualTo(MONDAY.toEpochDay());
        assertThat(asset.data().history().value(Fields.CLOSE, 0)).isEqualTo(5);
        assertThat(asset.data().history().size()).isEqualTo(2);
    }

    @Test
    void shouldInsertALateBarBeforeTheFormingOne() {
        asset.bar(midnight(MONDAY.plusDays(2)), 3, 3, 3, 3, 3, 0);

        assertThat(asset.bar(midnight(MONDAY), 1, 1, 1, 1, 1, 0)).isEqualTo(Outcome.AMENDED);
        assertThat(asset.forming().key()).isEqualTo(MONDAY.plusDays(2).toEpochDay());
        assertThat(asset.data().history().key(0)).isEqualTo(MONDAY.toEpochDay());
    }

    @Test
    void shouldMoveTheWatermarkToTheDayBeforeTheFormingBar() {
        assertThat(asset.data().watermark()).as("before the live point").isEqualTo(MONDAY.toEpochDay() - 1);

        asset.tick(millis(MONDAY.plusDays(3), 10), 100, 5, 0);

        assertThat(asset.data().watermark()).isEqualTo(MONDAY.plusDays(2).toEpochDay());
        asset.closeBar(0);
        assertThat(asset.data().watermark()).isEqualTo(MONDAY.plusDays(3).toEpochDay());
    }

    @Test
    void shouldGiveALiveBarItsCloseAsAdjustedCloseOnlyWhenTheHistoryIsAdjusted() {
        OwnedAsset adjusted = owned(true);
        adjusted.tick(millis(MONDAY, 10), 100, 5, 0);
        asset.tick(millis(MONDAY, 10), 100, 5, 0);

        assertThat(adjusted.formingValue(Fields.ADJCLOSE)).isEqualTo(100);
        assertThat(asset.formingValue(Fields.ADJCLOSE)).isNaN();
        adjusted.closeBar(0);
        assertThat(adjusted.data().history().value(Fields.ADJCLOSE, 0)).isEqualTo(100);
    }

    @Test
    void shouldRecordTheTimeOfTheLastInput() {
        asset.tick(millis(MONDAY, 10), 100, 5, 42);
        assertThat(asset.lastInputMillis()).isEqualTo(42);
        asset.closeBar(43);
        assertThat(asset.lastInputMillis()).isEqualTo(43);
    }
}
