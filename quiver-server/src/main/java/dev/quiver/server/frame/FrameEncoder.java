package dev.quiver.server.frame;

/** Writes a frame in one wire format. Implementations are thread-safe. */
public interface FrameEncoder {

    /** The media type of what {@link #encode} returns. */
    String mediaType();

    /** The frame as bytes of {@link #mediaType()}. */
    byte[] encode(Frame frame);
}
