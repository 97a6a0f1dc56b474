package dev.quiver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.asset.AssetClass;
import dev.quiver.core.asset.AssetId;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AssetOptionsTest {

    @Test
    void shouldCountSessionDatesInUtcWhenTheClassGivenIsCrypto() {
        AssetOptions options = new AssetOptions();
        options.assetClass = "crypto";

        var asset = options.describe(AssetId.of("XBT"));

        assertThat(asset.assetClass()).isEqualTo(AssetClass.CRYPTO);
        assertThat(asset.zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void shouldKeepTheGuessedClassAndItsZoneWithoutOptions() {
        var asset = new AssetOptions().describe(AssetId.of("BTC-USD"));

        assertThat(asset.assetClass()).isEqualTo(AssetClass.CRYPTO);
        assertThat(asset.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(new AssetOptions().describe(AssetId.of("SPY")).zone()).isEqualTo(ZoneId.of("America/New_York"));
    }
}
