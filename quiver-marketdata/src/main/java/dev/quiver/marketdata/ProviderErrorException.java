package dev.quiver.marketdata;

/**
 * The provider answered with an error status that is not one of the other failures (a 5xx after
 * every retry, or an unexpected 4xx), or reported an error of its own in a normal answer.
 */
public final class ProviderErrorException extends MarketDataException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String bodyExcerpt;

    /**
     * Creates the failure.
     *
     * @param source the source's name
     * @param url the request, with any key hidden
     * @param status the HTTP status of the answer
     * @param bodyExcerpt the start of the answer's body on one line, possibly empty
     */
    public ProviderErrorException(String source, String url, int status, String bodyExcerpt) {
        super(source, "HTTP " + status + " from " + url + (bodyExcerpt.isEmpty() ? "" : ": " + bodyExcerpt), null);
        this.status = status;
        this.bodyExcerpt = bodyExcerpt;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** The start of the answer's body on one line, possibly empty. */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }
}
