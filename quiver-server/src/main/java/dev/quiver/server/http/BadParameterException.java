package dev.quiver.server.http;

/** A query, path or body parameter with a bad value: 400, naming the parameter. */
public final class BadParameterException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /**
     * @param parameter the parameter's name as the client wrote it
     * @param detail what is wrong with its value and what is expected
     */
    public BadParameterException(String parameter, String detail) {
        super(Problem.of("bad-parameter", "Bad parameter", 400, parameter + ": " + detail)
                .with("parameter", parameter));
    }
}
