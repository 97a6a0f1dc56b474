package dev.quiver.core.analytics.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
                spy = read(r, new int[] {1, 2, 3, 4, 6}, true);
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
                reference = read(r, new int[] {0, 1, 2, 3, 4}, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reference;
    }

    /** Reads OHLCV from these columns and, when {@code dated}, the bar time from a first Date column (UTC midnight). */
    private static Bars read(BufferedReader r, int[] ohlcvColumns, boolean dated) throws IOException {
        List<double[]> rows = new ArrayList<>();
        r.readLine();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            double[] row = new double[6];
            for (int k = 0; k < 5; k++) {
                row[k] = Double.parseDouble(f[ohlcvColumns[k]]);
            }
            row[5] = dated ? LocalDate.parse(f[0]).toEpochDay() * 86400.0 : Double.NaN;
            rows.add(row);
        }
        double[][] c = new double[6][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < 6; k++) {
                c[k][i] = rows.get(i)[k];
            }
        }
        return new Bars(c[0], c[1], c[2], c[3], c[4], dated ? c[5] : null);
    }
}
