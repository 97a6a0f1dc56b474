package dev.quiver.core.expr;

import java.util.Objects;

/**
 * One output of a multi-output analytic: {@code macd(12,26,9).signal}. Whether the call has that output
 * is the {@link CallResolver}'s business. Immutable and thread-safe; equality ignores the positions.
 *
 * @param call the call whose output is selected
 * @param output the output name, lower-cased
 * @param outputStart offset of the output name in the source
 */
public record Select(Call call, String output, int outputStart) implements Series {

    /** Normalises the output name and checks every component. */
    public Select {
        Objects.requireNonNull(call, "call");
        output = Syntax.name(output, "output");
        Syntax.start(outputStart);
    }

    /** An output selection built in code (positions 0). */
    public static Select of(Call call, String output) {
        return new Select(call, output, 0);
    }

    /** Where the selection starts: at its call. */
    @Override
    public int start() {
        return call.start();
    }

    @Override
    public String canonical() {
        return call.canonical() + "." + output;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Select s && call.equals(s.call) && output.equals(s.output);
    }

    @Override
    public int hashCode() {
        return Objects.hash(call, output);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
