package dev.quiver.core.expr;

import dev.quiver.core.expr.Token.Kind;

/**
 * Reads the tokens of an expression one at a time, on demand, so that faults are reported in text
 * order. Ticker symbols hold characters that mean something else elsewhere ({@code BTC-USD},
 * {@code BRK.B}, {@code EURUSD=X}), so the parser asks for a symbol explicitly with {@link #symbol()}
 * where the grammar expects one. Not thread-safe: one lexer serves one parse.
 */
final class Lexer {

    private final String text;
    private int pos;

    Lexer(String text) {
        this.text = text;
    }

    /** The next token; {@link Kind#END} at the end of the text, again and again. */
    Token next() {
        skipWhitespace();
        int start = pos;
        if (start == text.length()) {
            return new Token(Kind.END, "", start);
        }
        char c = text.charAt(start);
        if (Syntax.isNameStart(c)) {
            while (pos < text.length() && Syntax.isNamePart(text.charAt(pos))) {
                pos++;
            }
            return new Token(Kind.NAME, text.substring(start, pos), start);
        }
        if (Syntax.isDigit(c) || (c == '-' && start + 1 < text.length() && Syntax.isDigit(text.charAt(start + 1)))) {
            return number();
        }
        Kind punctuation = Kind.punctuation(c);
        if (punctuation == null) {
            throw error(start, "unexpected character", "found " + describeCharacter(start));
        }
        pos++;
        return new Token(punctuation, String.valueOf(c), start);
    }

    /** The run of symbol characters after any whitespace, as a {@link Kind#SYMBOL} token, possibly empty. */
    Token symbol() {
        skipWhitespace();
        int start = pos;
        while (pos < text.length() && Syntax.isSymbolPart(text.charAt(pos))) {
            pos++;
        }
        return new Token(Kind.SYMBOL, text.substring(start, pos), start);
    }

    /** A fault at a position of this lexer's text. */
    ExpressionException error(int position, String problem, String detail) {
        return new ExpressionException(text, position, problem, detail);
    }

    /** {@code -? digits (. digits)? ([eE] [+-]? digits)?}, not followed by a name character or a dot. */
    private Token number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        digits();
        if (at('.') && !digitsAfter(1)) {
            throw malformed(start);
        }
        if ((at('e') || at('E')) && !digitsAfter(at(1, '+') || at(1, '-') ? 2 : 1)) {
            throw malformed(start);
        }
        if (pos < text.length() && (Syntax.isNamePart(text.charAt(pos)) || at('.'))) {
            throw malformed(start);
        }
        String number = text.substring(start, pos);
        if (!Double.isFinite(Double.parseDouble(number))) {
            throw error(start, "number out of range", "found '" + number + "'");
        }
        return new Token(Kind.NUMBER, number, start);
    }

    /** Skips {@code skip} characters if digits follow them, then the digits; false if none follow. */
    private boolean digitsAfter(int skip) {
        if (pos + skip >= text.length() || !Syntax.isDigit(text.charAt(pos + skip))) {
            pos += skip;
            return false;
        }
        pos += skip;
        digits();
        return true;
    }

    private void digits() {
        while (pos < text.length() && Syntax.isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private ExpressionException malformed(int start) {
        int end = pos;
        while (end < text.length() && (Syntax.isNamePart(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        return error(start, "malformed number", "found '" + text.substring(start, end) + "'");
    }

    private boolean at(char c) {
        return at(0, c);
    }

    private boolean at(int ahead, char c) {
        return pos + ahead < text.length() && text.charAt(pos + ahead) == c;
    }

    private void skipWhitespace() {
        while (pos < text.length() && Syntax.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private String describeCharacter(int at) {
        int codePoint = text.codePointAt(at);
        boolean printable = !Character.isISOControl(codePoint)
                && Character.isDefined(codePoint)
                && !Character.isWhitespace(codePoint)
                && Character.getType(codePoint) != Character.FORMAT
                && Character.getType(codePoint) != Character.SURROGATE;
        return printable ? "'" + Character.toString(codePoint) + "'" : String.format("U+%04X", codePoint);
    }
}
