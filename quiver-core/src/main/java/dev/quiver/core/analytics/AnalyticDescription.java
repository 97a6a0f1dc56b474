package dev.quiver.core.analytics;

import java.util.List;
import java.util.Locale;

/**
 * What the catalogue says of one analytic, as plain records for listing and export: inputs,
 * parameters with defaults and allowed values, outputs, the lookback at the defaults, and the
 * named alternative conventions. Immutable.
 *
 * @param name the lower-case name used in expressions
 * @param family the family it belongs to
 * @param description one line naming the published definition followed
 * @param inputs the default series inputs
 * @param parameters every parameter, positional ones in TA-Lib order first
 * @param outputs output names
 * @param lookback bars before the first output, at the default parameters
 */
public record AnalyticDescription(
        String name,
        String family,
        String description,
        List<String> inputs,
        List<Parameter> parameters,
        List<String> outputs,
        int lookback) {

    /**
     * One parameter.
     *
     * @param name its name, usable as {@code name=value}
     * @param kind int, double or enum
     * @param defaultValue the canonical default as written in an expression
     * @param allowed the allowed values in words
     * @param keywordOnly whether it can only be given by name (a named convention)
     * @param description what it means
     */
    public record Parameter(
            String name, String kind, String defaultValue, String allowed, boolean keywordOnly, String description) {}

    /** Describes {@code definition}. */
    public static AnalyticDescription of(AnalyticDefinition definition) {
        List<Parameter> parameters = definition.params().stream()
                .map(p -> new Parameter(
                        p.name(),
                        p.kind().name().toLowerCase(Locale.ROOT),
                        p.format(p.defaultValue()),
                        p.allowed(),
                        p.keywordOnly(),
                        p.description()))
                .toList();
        return new AnalyticDescription(
                definition.name(),
                definition.family().name().toLowerCase(Locale.ROOT),
                definition.description(),
                definition.inputs(),
                parameters,
                definition.outputs(),
                definition.defaults().lookback());
    }
}
