package dev.quiver.core.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AssetTest {

    @Test
    void shouldGuessClassFromYahooSpelling() {
        assertThat(Asset.defaultFor(AssetId.of("^GSPC"))).isInstanceOf(Index.class);
        assertThat(Asset.defaultFor(AssetId.of("EURUSD=X"))).isInstanceOf(FxPair.class);
        assertThat(Asset.defaultFor(AssetId.of("BTC-USD"))).isInstanceOf(Crypto.class);
        assertThat(Asset.defaultFor(AssetId.of("BRK.B"))).isInstanceOf(Equity.class);
    }

    @Test
    void shouldTradeCryptoEveryDayAndExchangesOnWeekdays() {
        Asset btc = Asset.defaultFor(AssetId.of("BTC-USD"));
        Asset spy = Asset.of(AssetClass.ETF, AssetId.of("SPY"), "SPDR", "usd", "ARCX", ZoneId.of("America/New_York"));
        LocalDate saturday = LocalDate.of(2024, 6, 1);

        assertThat(btc.calendar().isSessionDay(saturday)).isTrue();
        assertThat(btc.calendar().periodsPerYear()).isEqualTo(365);
        assertThat(btc.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(spy.calendar().isSessionDay(saturday)).isFalse();
        assertThat(spy.calendar().periodsPerYear()).isEqualTo(252);
        assertThat(spy.currency()).isEqualTo("USD");
    }

    @Test
    void shouldRejectMalformedActions() {
        LocalDate d = LocalDate.of(2020, 8, 31);
        assertThatThrownBy(() -> new Split(d, 0, ActionOrigin.PROVIDED)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new Split(d, 1, ActionOrigin.PROVIDED)).hasMessageContaining("not 1");
        assertThatThrownBy(() -> new CashDividend(d, -0.2, ActionOrigin.PROVIDED))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> AssetClass.parse("bond")).hasMessageContaining("equity, etf, index, fx, crypto");
    }
}
