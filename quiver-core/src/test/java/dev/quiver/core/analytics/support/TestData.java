package dev.quiver.core.analytics.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Tiny readers of the price files the tests use. */
public final class TestData {

    private static Bars spy;
    private static Bars reference;

    private TestData() {}

    /**
     * SPY daily bars 2007-12-31 .. 2017-12-29 (2,519 bars) from the project's {@code
     * data/prices/SPY.csv} (Yahoo Finance via matplotlib/mplfinance; see NOTICE). Columns
     * Date,Open,High,Low,Close,Adj Close,Volume.
     */
    public static synchronized Bars spy() {
        if (spy == null) {
            try (BufferedReader r = Files.newBufferedReader(Path.of("../data/prices/SPY.csv"))) {
                spy = read(r, new int[] {1, 2, 3, 4, 6});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return spy;
    }

    /**
     * TA-Lib's regression-test reference data: the 252 daily bars {@code TA_SREF_*_daily_ref_0_PRIV}
     * of {@code src/tools/ta_regtest/test_data.c} in the TA-Lib 0.4.0 sources, which the expected
     * values of {@code ta_regtest/ta_test_func/test_*.c} were computed from.
     */
    public static synchronized Bars talibReference() {
        if (reference == null) {
            InputStream in = TestData.class.getResourceAsStream("/reference/talib-252.csv");
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reference = read(r, new int[] {0, 1, 2, 3, 4});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reference;
    }

    private static Bars read(BufferedReader r, int[] ohlcvColumns) throws IOException {
        List<double[]> rows = new ArrayList<>();
        r.readLine();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            double[] row = new double[5];
            for (int k = 0; k < 5; k++) {
                row[k] = Double.parseDouble(f[ohlcvColumns[k]]);
            }
            rows.add(row);
        }
        double[][] c = new double[5][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < 5; k++) {
                c[k][i] = rows.get(i)[k];
            }
        }
        return new Bars(c[0], c[1], c[2], c[3], c[4]);
    }
}
