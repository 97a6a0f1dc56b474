package dev.quiver.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quiver.server.frame.ArrowFrameEncoder;
import dev.quiver.server.frame.Column;
import dev.quiver.server.frame.Frame;
import dev.quiver.server.frame.TimeAxis;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampSecTZVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.pojo.Field;
import org.msgpack.jackson.dataformat.MessagePackFactory;

/** Reads frames back from each wire format with an independent reader, for round-trip checks. */
public final class FrameDecoders {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper MSGPACK = new ObjectMapper(new MessagePackFactory());

    private FrameDecoders() {}

    /** A frame from JSON bytes. */
    public static Frame fromJson(byte[] bytes) {
        try {
            return fromTree(JSON.readTree(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A frame from MessagePack bytes. */
    public static Frame fromMsgpack(byte[] bytes) {
        try {
            return fromTree(MSGPACK.readTree(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A frame from a JSON or MessagePack tree. */
    public static Frame fromTree(JsonNode tree) {
        List<String> times = new ArrayList<>();
        tree.path("timestamps").forEach(t -> times.add(t.asText()));
        boolean daily = times.isEmpty() || !times.get(0).contains("T");
        TimeAxis axis = daily
                ? TimeAxis.ofDates(times.stream().map(LocalDate::parse).toList())
                : TimeAxis.ofInstants(times.stream()
                        .mapToLong(t -> Instant.parse(t).getEpochSecond())
                        .toArray());
        Map<String, String> failures = new HashMap<>();
        tree.path("failures")
                .forEach(f ->
                        failures.put(f.path("column").asText(), f.path("reason").asText()));
        List<Column> columns = new ArrayList<>();
        for (Map.Entry<String, JsonNode> column : tree.path("columns").properties()) {
            double[] values = new double[times.size()];
            for (int i = 0; i < values.length; i++) {
                JsonNode v = column.getValue().get(i);
                values[i] = v.isNull() ? Double.NaN : v.asDouble();
            }
            columns.add(new Column(column.getKey(), values, failures.get(column.getKey())));
        }
        return new Frame(tree.path("symbol").asText(), axis, columns);
    }

    /** A frame from an Arrow IPC stream of one batch. */
    public static Frame fromArrow(byte[] bytes) {
        try (BufferAllocator allocator = new RootAllocator();
                ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(bytes), allocator)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            if (!reader.loadNextBatch()) {
                throw new IllegalStateException("the stream holds no batch");
            }
            int rows = root.getRowCount();
            FieldVector timeVector = root.getVector(0);
            TimeAxis axis;
            if (timeVector instanceof DateDayVector dates) {
                List<LocalDate> days = new ArrayList<>();
                for (int i = 0; i < rows; i++) {
                    days.add(LocalDate.ofEpochDay(dates.get(i)));
                }
                axis = TimeAxis.ofDates(days);
            } else {
                TimeStampSecTZVector instants = (TimeStampSecTZVector) timeVector;
                long[] seconds = new long[rows];
                for (int i = 0; i < rows; i++) {
                    seconds[i] = instants.get(i);
                }
                axis = TimeAxis.ofInstants(seconds);
            }
            List<Column> columns = new ArrayList<>();
            for (int k = 1; k < root.getFieldVectors().size(); k++) {
                Float8Vector vector = (Float8Vector) root.getVector(k);
                Field field = vector.getField();
                double[] values = new double[rows];
                for (int i = 0; i < rows; i++) {
                    values[i] = vector.isNull(i) ? Double.NaN : vector.get(i);
                }
                String failure =
                        field.getMetadata() == null ? null : field.getMetadata().get("failure");
                columns.add(new Column(field.getName(), values, failure));
            }
            if (reader.loadNextBatch()) {
                throw new IllegalStateException("the stream holds more than one batch");
            }
            String expectedTime = axis.isDaily() ? ArrowFrameEncoder.DATE_COLUMN : ArrowFrameEncoder.TIME_COLUMN;
            if (!timeVector.getName().equals(expectedTime)) {
                throw new IllegalStateException("the time column is named " + timeVector.getName());
            }
            return new Frame(root.getSchema().getCustomMetadata().get("symbol"), axis, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
