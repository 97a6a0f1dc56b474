package dev.quiver.server.api;

import dev.quiver.server.frame.Frame;
import dev.quiver.server.frame.FrameEncoder;
import dev.quiver.server.http.MediaTypes;
import dev.quiver.server.http.NotAcceptableException;
import io.javalin.http.Context;
import java.util.List;

/**
 * Writes a frame in the format the client accepts: JSON (the default), Arrow IPC stream or
 * MessagePack. Immutable and thread-safe.
 */
final class FrameResponder {

    private final List<FrameEncoder> encoders;
    private final List<String> mediaTypes;

    /** @param encoders the formats offered, the default first */
    FrameResponder(List<FrameEncoder> encoders) {
        this.encoders = List.copyOf(encoders);
        this.mediaTypes = encoders.stream().map(FrameEncoder::mediaType).toList();
    }

    /** The encoder the request asks for. */
    FrameEncoder negotiate(Context ctx) {
        String accept = ctx.header("Accept");
        String chosen =
                MediaTypes.choose(accept, mediaTypes).orElseThrow(() -> new NotAcceptableException(accept, mediaTypes));
        return encoders.get(mediaTypes.indexOf(chosen));
    }

    /** Writes {@code frame} with {@code encoder}. */
    static void send(Context ctx, FrameEncoder encoder, Frame frame) {
        ctx.header("Vary", "Accept");
        ctx.contentType(encoder.mediaType()).result(encoder.encode(frame));
    }
}
