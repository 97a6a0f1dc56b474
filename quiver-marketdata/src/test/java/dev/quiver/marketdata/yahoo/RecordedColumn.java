package dev.quiver.marketdata.yahoo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** Reads one column of {@code indicators.quote[0]} of a recorded chart, as the tests' reference. */
final class RecordedColumn {

    private RecordedColumn() {}

    static double[] of(String chart, String field) {
        try {
            JsonNode values = new ObjectMapper().readTree(chart).at("/chart/result/0/indicators/quote/0/" + field);
            double[] column = new double[values.size()];
            for (int i = 0; i < column.length; i++) {
                column[i] = values.get(i).asDouble();
            }
            return column;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
