package dev.quiver.server.support;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetClass;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.time.Interval;
import dev.quiver.marketdata.csv.CsvBarReader;
import dev.quiver.marketdata.csv.CsvBars;
import dev.quiver.store.BarImport;
import dev.quiver.store.BarStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * A SQLite store holding the bundled daily bars of SPY (2007-12-31 to 2017-12-29), AAPL (2004-08-19 to
 * 2018-01-19) and MSFT (2012-01-03 to 2014-12-31), imported with the CSV reader as the CLI does. The
 * files are the project's data/prices (see NOTICE).
 */
public final class BundledStore {

    /** The bundled symbols. */
    public static final String[] SYMBOLS = {"SPY", "AAPL", "MSFT"};

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private BundledStore() {}

    /** Creates {@code directory/quiver.db} and imports every bundled file. */
    public static BarStore create(Path directory) {
        BarStore store = BarStore.open(directory.resolve("quiver.db"));
        for (String symbol : SYMBOLS) {
            Path file = extract(symbol, directory);
            AssetClass kind = symbol.equals("SPY") ? AssetClass.ETF : AssetClass.EQUITY;
            Asset asset = Asset.of(kind, AssetId.of(symbol), symbol, "USD", "", NEW_YORK);
            CsvBars bars = CsvBarReader.read(file, NEW_YORK);
            store.importBars(new BarImport(
                    asset,
                    Interval.ONE_DAY,
                    bars.bars(),
                    bars.providerAdjustedClose(),
                    bars.actions(),
                    symbol + ".csv"));
        }
        return store;
    }

    private static Path extract(String symbol, Path directory) {
        Path target = directory.resolve(symbol + ".csv");
        try (InputStream in = BundledStore.class.getResourceAsStream("/dev/quiver/server/prices/" + symbol + ".csv")) {
            if (in == null) {
                throw new IllegalStateException("bundled file " + symbol + ".csv is missing from the test classpath");
            }
            Files.copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
