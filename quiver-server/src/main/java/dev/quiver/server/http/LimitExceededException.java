package dev.quiver.server.http;

/**
 * A request beyond one of the server's limits: 400 (a range or a count) or 413 (the body), stating
 * the limit in the detail and in the {@code limit} member.
 */
public final class LimitExceededException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private LimitExceededException(Problem problem) {
        super(problem);
    }

    /**
     * A 400 for a parameter over a limit.
     *
     * @param parameter the parameter at fault
     * @param limit the largest value allowed
     * @param detail what was asked and the limit, in words
     */
    public static LimitExceededException parameter(String parameter, long limit, String detail) {
        return new LimitExceededException(Problem.of("limit-exceeded", "Limit exceeded", 400, detail)
                .with("parameter", parameter)
                .with("limit", limit));
    }

    /** A 413 for a body over {@code limit} bytes. */
    public static LimitExceededException body(long limit) {
        return new LimitExceededException(Problem.of(
                        "body-too-large",
                        "Request body too large",
                        413,
                        "the request body is larger than the limit of " + limit + " bytes")
                .with("limit", limit));
    }
}
