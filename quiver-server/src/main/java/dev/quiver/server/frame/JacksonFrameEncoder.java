package dev.quiver.server.frame;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.msgpack.jackson.dataformat.MessagePackFactory;

/**
 * Writes a frame as a tree, in JSON or in MessagePack (the same tree, binary):
 *
 * <pre>{"symbol": "SPY", "timestamps": ["2015-01-02", ...], "columns": {"rsi(14)": [55.1, null, ...]},
 *  "failures": [{"column": "...", "reason": "..."}]}</pre>
 *
 * <p>Absent values are null; {@code failures} appears only when a column failed. Thread-safe.
 */
public final class JacksonFrameEncoder implements FrameEncoder {

    /** The JSON media type. */
    public static final String JSON = "application/json";

    /** The MessagePack media type. */
    public static final String MSGPACK = "application/msgpack";

    private final JsonFactory factory;
    private final String mediaType;

    private JacksonFrameEncoder(JsonFactory factory, String mediaType) {
        this.factory = factory;
        this.mediaType = mediaType;
    }

    /**
     * The JSON encoder. Numbers are written by Jackson's fast double writer: the same shortest
     * text that reads back as the same double, in a third of the time of {@link Double#toString},
     * which was most of the cost of a pull answered from the cache.
     */
    public static JacksonFrameEncoder json() {
        return new JacksonFrameEncoder(
                JsonFactory.builder()
                        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                        .build(),
                JSON);
    }

    /** The MessagePack encoder. */
    public static JacksonFrameEncoder msgpack() {
        return new JacksonFrameEncoder(new MessagePackFactory(), MSGPACK);
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    @Override
    public byte[] encode(Frame frame) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = factory.createGenerator(out)) {
            write(frame, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the frame of " + frame.symbol(), e);
        }
        return out.toByteArray();
    }

    /** Writes the frame as one object; used for frames nested in larger documents too. */
    public static void write(Frame frame, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("symbol", frame.symbol());
        out.writeArrayFieldStart("timestamps");
        for (int i = 0; i < frame.times().size(); i++) {
            out.writeString(frame.times().text(i));
        }
        out.writeEndArray();
        out.writeObjectFieldStart("columns");
        for (Column column : frame.columns()) {
            out.writeArrayFieldStart(column.label());
            for (int i = 0; i < column.values().length; i++) {
                if (column.present(i)) {
                    out.writeNumber(column.values()[i]);
                } else {
                    out.writeNull();
                }
            }
            out.writeEndArray();
        }
        out.writeEndObject();
        if (frame.columns().stream().anyMatch(c -> c.failure() != null)) {
            out.writeArrayFieldStart("failures");
            for (Column column : frame.columns()) {
                if (column.failure() != null) {
                    out.writeStartObject();
                    out.writeStringField("column", column.label());
                    out.writeStringField("reason", column.failure());
                    out.writeEndObject();
                }
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }
}
