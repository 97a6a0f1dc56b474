package dev.quiver.server.http;

/** A request body that is not the JSON document the route expects: 400. */
public final class BadBodyException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /**
     * @param detail what is wrong and where in the document
     */
    public BadBodyException(String detail) {
        super(Problem.of("bad-body", "Bad request body", 400, detail));
    }
}
