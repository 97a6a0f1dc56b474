package dev.quiver.marketdata;

/**
 * The provider could not be reached: the connection was refused, the name did not resolve, or every
 * attempt timed out or was cut off. Says which URL, so that a wrong base URL or a missing network is
 * plain to see.
 */
public final class NetworkUnreachableException extends MarketDataException {

    private static final long serialVersionUID = 1L;

    private final String url;

    /**
     * Creates the failure.
     *
     * @param source the source's name
     * @param url the request, with any key hidden
     * @param reason what happened, such as {@code "connection refused"}
     * @param cause the last I/O failure, or null
     */
    public NetworkUnreachableException(String source, String url, String reason, Throwable cause) {
        super(source, "cannot reach " + url + ": " + reason, cause);
        this.url = url;
    }

    /** The request that could not be made, with any key hidden. */
    public String url() {
        return url;
    }
}
