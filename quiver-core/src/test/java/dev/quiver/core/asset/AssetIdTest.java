package dev.quiver.core.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssetIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"AAPL", "BRK.B", "BTC-USD", "^GSPC", "EURUSD=X", "AAPL_UNADJUSTED_2000-2016"})
    void shouldAcceptTickersAsProvidersSpellThem(String symbol) {
        assertThat(AssetId.of(symbol).symbol()).isEqualTo(symbol);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "A B", "AAPL;DROP", "-AAPL", "ÄPPLE"})
    void shouldRejectSymbolsNoTickerHas(String symbol) {
        assertThatThrownBy(() -> AssetId.of(symbol))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid symbol");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aapl", " AAPL ", "Aapl"})
    void shouldNormaliseCaseAndSpace(String symbol) {
        assertThat(AssetId.of(symbol)).isEqualTo(AssetId.of("AAPL"));
    }
}
