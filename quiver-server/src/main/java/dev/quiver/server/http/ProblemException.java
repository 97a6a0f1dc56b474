package dev.quiver.server.http;

import java.util.Objects;

/**
 * An HTTP error as a typed exception: handlers throw it, and the one exception mapping of the server
 * writes its problem. Subclasses name the common kinds. Immutable.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /** An exception carrying {@code problem}; its detail is the message. */
    public ProblemException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").detail());
        this.problem = problem;
    }

    /** The problem to write. */
    public Problem problem() {
        return problem;
    }
}
