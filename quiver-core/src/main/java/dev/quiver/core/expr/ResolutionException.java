package dev.quiver.core.expr;

/**
 * Thrown by a {@link CallResolver} that cannot bind a call: unknown analytic, wrong arity, unknown or
 * misplaced parameter. It carries the position of the fault but not the text, which the resolver does
 * not see; the {@link Normalizer} turns it into an {@link ExpressionException} naming the expression.
 * Immutable and thread-safe.
 */
public final class ResolutionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * Reports a fault.
     *
     * @param position the {@code start} of the node at fault (0-based offset in the source)
     * @param problem what is wrong, as in {@code unknown analytic 'smaa'}; not null
     */
    public ResolutionException(int position, String problem) {
        super(problem);
        this.position = Syntax.start(position);
    }

    /** The 0-based offset of the fault in the source. */
    public int position() {
        return position;
    }
}
