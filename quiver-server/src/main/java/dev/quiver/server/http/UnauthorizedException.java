package dev.quiver.server.http;

/** A request without the configured API key, or with another: 401. */
public final class UnauthorizedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /**
     * @param detail whether the key was missing or wrong, never the key itself
     */
    public UnauthorizedException(String detail) {
        super(Problem.of("unauthorized", "Unauthorized", 401, detail));
    }
}
