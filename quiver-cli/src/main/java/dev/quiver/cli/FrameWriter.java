package dev.quiver.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a table of rows labelled by time (dates or instants as text) and named numeric columns,
 * as CSV (header {@code date,<column>...}) or as a JSON frame. NaN cells are absent: empty in CSV,
 * null in JSON. JSON has no infinity, so an infinite value (a Sortino ratio without a shortfall) is
 * null there too, as the server writes it, and {@code Infinity} in CSV. Not thread-safe.
 */
final class FrameWriter {

    private final String symbol;
    private final List<String> times;
    private final Map<String, double[]> columns = new LinkedHashMap<>();

    FrameWriter(String symbol, List<String> times) {
        this.symbol = symbol;
        this.times = times;
    }

    /** Adds a column; its length must equal the number of times. */
    FrameWriter column(String name, double[] values) {
        if (values.length != times.size()) {
            throw new IllegalStateException(
                    "column " + name + " has " + values.length + " values for " + times.size() + " rows");
        }
        columns.put(name, values);
        return this;
    }

    void write(OutputFormat format, PrintWriter out) {
        if (format == OutputFormat.CSV) {
            writeCsv(out);
        } else {
            writeJson(out);
        }
        out.flush();
    }

    private void writeCsv(PrintWriter out) {
        StringBuilder line = new StringBuilder("date");
        for (String name : columns.keySet()) {
            line.append(',').append(csvField(name));
        }
        out.println(line);
        for (int i = 0; i < times.size(); i++) {
            line.setLength(0);
            line.append(times.get(i));
            for (double[] values : columns.values()) {
                line.append(',').append(NumberText.format(values[i]));
            }
            out.println(line);
        }
    }

    /** Quotes a header cell as RFC 4180 says when it holds a comma, a quote or a line break. */
    private static String csvField(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private void writeJson(PrintWriter out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("symbol", symbol);
            json.writeArrayFieldStart("timestamps");
            for (String time : times) {
                json.writeString(time);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("columns");
            for (Map.Entry<String, double[]> column : columns.entrySet()) {
                json.writeArrayFieldStart(column.getKey());
                for (double value : column.getValue()) {
                    if (!Double.isFinite(value)) {
                        json.writeNull();
                    } else {
                        json.writeNumber(value);
                    }
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
