package dev.quiver.server.frame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampSecTZVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes a frame as an Arrow IPC stream of one record batch: first a {@code date} column (Arrow
 * date32, daily axis) or a {@code time} column (timestamp in seconds, UTC, intraday axis), then one
 * nullable float64 column per frame column, null where a value is absent. The schema's metadata holds
 * {@code symbol}; a failed column's field metadata holds {@code failure}.
 *
 * <p>Arrow's memory layer needs {@code --add-opens=java.base/java.nio=ALL-UNNAMED} on Java 17 (the
 * runnable jar's manifest says so). Thread-safe: each frame is written with its own child allocator.
 * Close the encoder to release its root allocator.
 */
public final class ArrowFrameEncoder implements FrameEncoder, AutoCloseable {

    /** The Arrow IPC stream media type. */
    public static final String MEDIA_TYPE = "application/vnd.apache.arrow.stream";

    /** The name of the time column of a daily frame. */
    public static final String DATE_COLUMN = "date";

    /** The name of the time column of an intraday frame. */
    public static final String TIME_COLUMN = "time";

    private final BufferAllocator root = new RootAllocator();

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public byte[] encode(Frame frame) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BufferAllocator allocator = root.newChildAllocator("frame " + frame.symbol(), 0, Long.MAX_VALUE);
                VectorSchemaRoot batch = VectorSchemaRoot.create(schema(frame), allocator);
                ArrowStreamWriter writer = new ArrowStreamWriter(batch, null, out)) {
            int rows = frame.times().size();
            fillTimes(batch.getVector(0), frame.times());
            for (int k = 0; k < frame.columns().size(); k++) {
                fillValues(
                        (Float8Vector) batch.getVector(k + 1), frame.columns().get(k));
            }
            batch.setRowCount(rows);
            writer.start();
            writer.writeBatch();
            writer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Arrow stream of " + frame.symbol(), e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        root.close();
    }

    private static Schema schema(Frame frame) {
        List<Field> fields = new ArrayList<>();
        fields.add(
                frame.times().isDaily()
                        ? new Field(DATE_COLUMN, FieldType.notNullable(new ArrowType.Date(DateUnit.DAY)), null)
                        : new Field(
                                TIME_COLUMN,
                                FieldType.notNullable(new ArrowType.Timestamp(TimeUnit.SECOND, "UTC")),
                                null));
        ArrowType float64 = new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
        for (Column column : frame.columns()) {
            Map<String, String> metadata = column.failure() == null ? null : Map.of("failure", column.failure());
            fields.add(new Field(column.label(), new FieldType(true, float64, null, metadata), null));
        }
        return new Schema(fields, Map.of("symbol", frame.symbol()));
    }

    private static void fillTimes(FieldVector vector, TimeAxis times) {
        int rows = times.size();
        if (vector instanceof DateDayVector dates) {
            dates.allocateNew(rows);
            for (int i = 0; i < rows; i++) {
                dates.set(i, Math.toIntExact(times.value(i)));
            }
        } else {
            TimeStampSecTZVector instants = (TimeStampSecTZVector) vector;
            instants.allocateNew(rows);
            for (int i = 0; i < rows; i++) {
                instants.set(i, times.value(i));
            }
        }
        vector.setValueCount(rows);
    }

    private static void fillValues(Float8Vector vector, Column column) {
        int rows = column.values().length;
        vector.allocateNew(rows);
        for (int i = 0; i < rows; i++) {
            if (column.present(i)) {
                vector.set(i, column.values()[i]);
            } else {
                vector.setNull(i);
            }
        }
        vector.setValueCount(rows);
    }
}
