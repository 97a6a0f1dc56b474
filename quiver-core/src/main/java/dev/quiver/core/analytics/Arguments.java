package dev.quiver.core.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The arguments of one call, positional then named, as an expression gives them: {@code
 * bbands(20, nbdevup=2, matype=ema)} is {@code Arguments.of(20).with("nbdevup",
 * 2).with("matype", "ema")}. Immutable and thread-safe; every method returns a new value.
 */
public final class Arguments {

    private static final Arguments NONE = new Arguments(List.of(), Map.of());

    private final List<ArgumentValue> positional;
    private final Map<String, ArgumentValue> named;

    private Arguments(List<ArgumentValue> positional, Map<String, ArgumentValue> named) {
        this.positional = positional;
        this.named = named;
    }

    /** No arguments: every parameter takes its default. */
    public static Arguments none() {
        return NONE;
    }

    /** Positional number arguments. */
    public static Arguments of(double... positional) {
        Arguments a = NONE;
        for (double v : positional) {
            a = a.and(ArgumentValue.of(v));
        }
        return a;
    }

    /** Positional and named arguments as given, e.g. by the expression parser. */
    public static Arguments of(List<ArgumentValue> positional, Map<String, ArgumentValue> named) {
        Arguments a = NONE;
        for (ArgumentValue v : positional) {
            a = a.and(v);
        }
        for (Map.Entry<String, ArgumentValue> e : named.entrySet()) {
            a = a.with(e.getKey(), e.getValue());
        }
        return a;
    }

    /** These arguments followed by one more positional argument. */
    public Arguments and(ArgumentValue value) {
        List<ArgumentValue> p = new ArrayList<>(positional);
        p.add(value);
        return new Arguments(Collections.unmodifiableList(p), named);
    }

    /** These arguments followed by a named number argument. */
    public Arguments with(String name, double value) {
        return with(name, ArgumentValue.of(value));
    }

    /** These arguments followed by a named word argument. */
    public Arguments with(String name, String word) {
        return with(name, ArgumentValue.of(word));
    }

    /**
     * These arguments followed by a named argument.
     *
     * @throws BindingException if that name is already given
     */
    public Arguments with(String name, ArgumentValue value) {
        String key = name.toLowerCase(Locale.ROOT);
        if (named.containsKey(key)) {
            throw new BindingException(key + " is given twice");
        }
        Map<String, ArgumentValue> m = new LinkedHashMap<>(named);
        m.put(key, value);
        return new Arguments(positional, Collections.unmodifiableMap(m));
    }

    /** The positional arguments in order. */
    public List<ArgumentValue> positional() {
        return positional;
    }

    /** The named arguments by lower-case name, in the order given. */
    public Map<String, ArgumentValue> named() {
        return named;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Arguments a && positional.equals(a.positional) && named.equals(a.named);
    }

    @Override
    public int hashCode() {
        return 31 * positional.hashCode() + named.hashCode();
    }

    @Override
    public String toString() {
        return "Arguments" + positional + named;
    }
}
