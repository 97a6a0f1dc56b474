package dev.quiver.core.expr;

/**
 * One token of an expression, as the lexer read it. Immutable.
 *
 * @param kind what the token is
 * @param text its characters as written (empty at the end of input)
 * @param start offset of its first character
 */
record Token(Kind kind, String text, int start) {

    /** The kinds of token; punctuation kinds know their character. */
    enum Kind {
        NAME,
        NUMBER,
        SYMBOL,
        LEFT_PAREN('('),
        RIGHT_PAREN(')'),
        COMMA(','),
        EQUALS('='),
        DOT('.'),
        AT('@'),
        COLON(':'),
        END;

        private final char punctuation;

        Kind() {
            this('\0');
        }

        Kind(char punctuation) {
            this.punctuation = punctuation;
        }

        /** The punctuation kind of a character, or null if it is no punctuation. */
        static Kind punctuation(char c) {
            for (Kind k : values()) {
                if (k.punctuation != '\0' && k.punctuation == c) {
                    return k;
                }
            }
            return null;
        }
    }

    /** How an error message names this token: {@code ','}, {@code number '20'}, {@code end of input}. */
    String describe() {
        return switch (kind) {
            case NAME -> "name '" + text + "'";
            case NUMBER -> "number '" + text + "'";
            case SYMBOL -> "symbol '" + text + "'";
            case END -> "end of input";
            default -> "'" + text + "'";
        };
    }
}
