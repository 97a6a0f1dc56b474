package dev.quiver.core.graph;

import java.util.List;

/**
 * The fields of an asset an expression may name: its bar columns, its total-return close, and each
 * bar's start time in epoch seconds (the input of calendar-time metrics such as cagr).
 */
final class Fields {

    /** Every field, in the order the spec lists them. */
    static final List<String> ALL = List.of("open", "high", "low", "close", "volume", "adjclose", "time");

    private Fields() {}

    static boolean isField(String name) {
        return ALL.contains(name);
    }
}
