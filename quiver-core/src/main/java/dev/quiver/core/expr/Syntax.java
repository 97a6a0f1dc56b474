package dev.quiver.core.expr;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The lexical rules shared by the lexer and the nodes: what a name is, which characters a symbol may
 * hold, what counts as whitespace. Stateless.
 */
final class Syntax {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private Syntax() {}

    /** A name's first character: an ASCII letter. */
    static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A name's later characters: ASCII letters, digits and {@code _}. */
    static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c) || c == '_';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The characters a ticker symbol may hold (see {@link dev.quiver.core.asset.AssetId}). */
    static boolean isSymbolPart(char c) {
        return isNamePart(c) || c == '.' || c == '-' || c == '^' || c == '=';
    }

    /** Space, tab, carriage return and line feed separate tokens and are otherwise ignored. */
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /**
     * Lower-cases a name and checks its shape.
     *
     * @param role what the name names, for the message ("analytic", "field", ...)
     * @throws IllegalArgumentException if it is not a letter followed by letters, digits or {@code _}
     */
    static String name(String name, String role) {
        Objects.requireNonNull(name, role);
        String lower = name.toLowerCase(Locale.ROOT);
        if (!NAME.matcher(lower).matches()) {
            throw new IllegalArgumentException(
                    "invalid " + role + " name '" + name + "': expected a letter, then letters, digits or _");
        }
        return lower;
    }

    /**
     * Checks a source offset.
     *
     * @throws IllegalArgumentException if it is negative
     */
    static int start(int start) {
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, was " + start);
        }
        return start;
    }
}
