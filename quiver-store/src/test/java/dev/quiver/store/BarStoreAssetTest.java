package dev.quiver.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetClass;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import dev.quiver.store.support.TestBars;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarStoreAssetTest {

    @TempDir
    Path dir;

    private BarStore store;

    @BeforeEach
    void open() {
        store = BarStore.open(dir.resolve("quiver.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void shouldRoundTripEveryClassOfAsset() {
        Asset equity = TestBars.equity("BRK.B");
        Asset etf = Asset.of(AssetClass.ETF, AssetId.of("SPY"), "SPDR S&P 500", "usd", "NYSEARCA", TestBars.NEW_YORK);
        Asset index = Asset.of(AssetClass.INDEX, AssetId.of("^GSPC"), "S&P 500", "USD", "", TestBars.NEW_YORK);
        Asset fx = Asset.of(AssetClass.FX, AssetId.of("EURUSD=X"), "EUR/USD", "USD", "CCY", ZoneId.of("Europe/London"));
        Asset crypto = Asset.of(AssetClass.CRYPTO, AssetId.of("BTC-USD"), "Bitcoin", "USD", "CCC", ZoneId.of("UTC"));

        for (Asset asset : new Asset[] {equity, etf, index, fx, crypto}) {
            store.putAsset(asset);
        }

        for (Asset asset : new Asset[] {equity, etf, index, fx, crypto}) {
            assertThat(store.findAsset(asset.id())).contains(asset);
        }
    }

    @Test
    void shouldListAssetsBySymbol() {
        store.putAsset(TestBars.equity("MSFT"));
        store.putAsset(TestBars.equity("AAPL"));
        store.putAsset(TestBars.equity("IBM"));

        assertThat(store.assets()).extracting(a -> a.id().symbol()).containsExactly("AAPL", "IBM", "MSFT");
    }

    @Test
    void shouldReplaceTheAssetStoredUnderTheSameSymbol() {
        store.putAsset(TestBars.equity("SPY"));
        Asset etf = Asset.of(AssetClass.ETF, AssetId.of("SPY"), "SPDR S&P 500", "USD", "NYSEARCA", TestBars.NEW_YORK);

        store.putAsset(etf);

        assertThat(store.assets()).containsExactly(etf);
    }

    @Test
    void shouldFindNothingForAnUnknownSymbol() {
        assertThat(store.findAsset(AssetId.of("XYZ"))).isEmpty();
    }

    @Test
    void shouldRejectUnknownSymbolNamingTheDatabase() {
        String expected = "unknown symbol 'XYZ': not in the database " + store.file() + "; import or download it first";

        assertThatThrownBy(() -> store.asset(AssetId.of("XYZ")))
                .isInstanceOf(UnknownAssetException.class)
                .hasMessage(expected);
        assertThatThrownBy(() -> store.bars(AssetId.of("XYZ"), Interval.ONE_DAY, DateRange.ALL, Adjustment.RAW))
                .isInstanceOf(UnknownAssetException.class)
                .hasMessage(expected);
        assertThatThrownBy(() -> store.actions(AssetId.of("XYZ"))).hasMessage(expected);
        assertThatThrownBy(() -> store.coverage(AssetId.of("XYZ"))).hasMessage(expected);
        assertThatThrownBy(() -> store.summary(AssetId.of("XYZ"))).hasMessage(expected);
        assertThatThrownBy(() -> store.providerAdjustedClose(AssetId.of("XYZ"), Interval.ONE_DAY, DateRange.ALL))
                .hasMessage(expected);
    }

    @Test
    void shouldSummariseAnAssetWithoutBars() {
        store.putAsset(TestBars.equity("AAPL"));

        AssetSummary summary = store.summary(AssetId.of("AAPL"));

        assertThat(summary).isEqualTo(new AssetSummary(TestBars.equity("AAPL"), 0, null, null, 0, 0, 0));
    }
}
