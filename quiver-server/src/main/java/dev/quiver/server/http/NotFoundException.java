package dev.quiver.server.http;

/** Something the request names does not exist: 404. */
public final class NotFoundException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /**
     * @param slug the problem type's slug, such as {@code unknown-asset}
     * @param title the type's title
     * @param detail what was not found
     */
    public NotFoundException(String slug, String title, String detail) {
        super(Problem.of(slug, title, 404, detail));
    }

    private NotFoundException(Problem problem) {
        super(problem);
    }

    /** A 404 for a symbol the store does not hold. */
    public static NotFoundException unknownAsset(String symbol, String detail) {
        return new NotFoundException(
                Problem.of("unknown-asset", "Unknown asset", 404, detail).with("symbol", symbol));
    }
}
