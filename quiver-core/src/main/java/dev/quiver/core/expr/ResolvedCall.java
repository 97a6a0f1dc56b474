package dev.quiver.core.expr;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A call as the catalogue understands it: every series input given, every parameter in the catalogue's
 * order with its value, defaults filled in. Immutable and thread-safe.
 *
 * @param name the analytic's name as the catalogue spells it, lower-cased
 * @param inputs the series inputs in order, defaults filled in (not yet resolved themselves)
 * @param parameters every parameter in the catalogue's order, no name twice
 * @param outputs the output names of a multi-output analytic; empty for a single output
 */
public record ResolvedCall(String name, List<Series> inputs, List<Parameter> parameters, List<String> outputs) {

    /** Normalises the names, copies the lists and checks that no parameter or output is named twice. */
    public ResolvedCall {
        name = Syntax.name(name, "analytic");
        inputs = List.copyOf(inputs);
        parameters = List.copyOf(parameters);
        outputs = outputs.stream().map(o -> Syntax.name(o, "output")).toList();
        Set<String> seen = new HashSet<>();
        for (Parameter p : parameters) {
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' listed twice for " + name);
            }
        }
        if (Set.copyOf(outputs).size() != outputs.size()) {
            throw new IllegalArgumentException("an output listed twice for " + name + ": " + outputs);
        }
    }
}
