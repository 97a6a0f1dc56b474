package dev.quiver.core.expr;

import java.util.Objects;

/**
 * An expression that cannot be parsed or bound, with the position of the fault.
 *
 * <p>The message reads {@code <expression> : <reason>}, the reason naming the position, as in
 * {@code sma(20 : expected ',' or ')' at position 6, found end of input}. {@link #caretLine()} renders the
 * expression with a caret under the position, for a terminal or a fixed-width UI field. Immutable and
 * thread-safe.
 */
public final class ExpressionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String expression;
    private final int position;
    private final String reason;

    /**
     * Reports a fault at a position.
     *
     * @param expression the whole text as given
     * @param position 0-based offset of the fault, at most the text's length (the end of input)
     * @param problem what is wrong, as in {@code expected ',' or ')'}
     * @throws IllegalArgumentException if the position lies outside the text
     */
    public ExpressionException(String expression, int position, String problem) {
        this(expression, position, problem, null);
    }

    /**
     * Reports a fault at a position, with a detail after it, as in {@code found end of input}.
     *
     * @param detail what follows the position in the message; null for none
     * @throws IllegalArgumentException if the position lies outside the text
     */
    public ExpressionException(String expression, int position, String problem, String detail) {
        super(checked(expression, position) + " : " + reason(position, problem, detail));
        this.expression = expression;
        this.position = position;
        this.reason = reason(position, problem, detail);
    }

    private static String checked(String expression, int position) {
        Objects.requireNonNull(expression, "expression");
        if (position < 0 || position > expression.length()) {
            throw new IllegalArgumentException(
                    "position " + position + " outside [0, " + expression.length() + "] of '" + expression + "'");
        }
        return expression;
    }

    private static String reason(int position, String problem, String detail) {
        Objects.requireNonNull(problem, "problem");
        String at = problem + " at position " + position;
        return detail == null ? at : at + ", " + detail;
    }

    /** The whole text as given. */
    public String expression() {
        return expression;
    }

    /** The 0-based offset of the fault: the expression's length when the input ended too early. */
    public int position() {
        return position;
    }

    /** The message without the expression, as in {@code expected ',' or ')' at position 6, found end of input}. */
    public String reason() {
        return reason;
    }

    /**
     * Two lines: the expression (tabs and line breaks shown as spaces, so columns hold) and a {@code ^}
     * under the position.
     */
    public String caretLine() {
        String flat = expression.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
        return flat + "\n" + " ".repeat(position) + "^";
    }
}
