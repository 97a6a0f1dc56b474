package dev.quiver.core.engine.pull;

/** A subject unknown to the source, or a range without bars: bad input found before computing. */
public final class MissingDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message saying what is missing and where. */
    public MissingDataException(String message) {
        super(message);
    }
}
