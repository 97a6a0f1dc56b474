package dev.quiver.marketdata;

/**
 * An answer that cannot be understood: not JSON, cut short, or without a value where one must be.
 * Nothing of such an answer is stored.
 */
public final class MalformedResponseException extends MarketDataException {

    private static final long serialVersionUID = 1L;

    private final String what;
    private final String where;

    /**
     * Creates the failure.
     *
     * @param source the source's name
     * @param url the request, with any key hidden
     * @param what what is wrong, such as {@code "missing"} or {@code "not JSON: unexpected end"}
     * @param where where in the answer, such as {@code chart.result[0].timestamp[3]}; empty for the
     *     whole body
     */
    public MalformedResponseException(String source, String url, String what, String where, Throwable cause) {
        super(source, "malformed answer from " + url + ": " + (where.isEmpty() ? "" : where + ": ") + what, cause);
        this.what = what;
        this.where = where;
    }

    /** What is wrong. */
    public String what() {
        return what;
    }

    /** Where in the answer, empty for the whole body. */
    public String where() {
        return where;
    }
}
