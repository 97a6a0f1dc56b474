package dev.quiver.core.analytics;

import java.util.Objects;

/**
 * One argument given to an analytic: a number or a word (the name of an enumeration value).
 * Immutable and thread-safe.
 */
public sealed interface ArgumentValue permits ArgumentValue.Numeric, ArgumentValue.Word {

    /** A number argument. */
    static ArgumentValue of(double value) {
        return new Numeric(value);
    }

    /** A word argument, such as {@code ema} or {@code first}. */
    static ArgumentValue of(String word) {
        return new Word(word);
    }

    /** The argument as written in an expression. */
    String text();

    /**
     * A number argument.
     *
     * @param value the number as parsed; integers arrive as whole doubles
     */
    record Numeric(double value) implements ArgumentValue {
        @Override
        public String text() {
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Long.toString((long) value)
                    : Double.toString(value);
        }
    }

    /**
     * A word argument.
     *
     * @param text the word, not null
     */
    record Word(String text) implements ArgumentValue {
        /** Requires a word. */
        public Word {
            Objects.requireNonNull(text, "text");
        }
    }
}
