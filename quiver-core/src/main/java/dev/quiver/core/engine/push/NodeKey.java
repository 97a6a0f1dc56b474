package dev.quiver.core.engine.push;

import dev.quiver.core.asset.AssetId;

/**
 * A node key as subscriptions name it, {@code SYMBOL:EXPR} (e.g. {@code AAPL:rsi(14)}): the subject
 * and the expression as written, which labels the column. Immutable.
 *
 * @param subject the subject asset
 * @param expression the expression, stripped of surrounding blanks
 */
record NodeKey(AssetId subject, String expression) {

    /**
     * Splits a key at its first colon (a symbol holds none).
     *
     * @throws IllegalArgumentException when there is no colon, symbol or expression
     */
    static NodeKey parse(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            throw new IllegalArgumentException(
                    "expected a node key SYMBOL:EXPR such as AAPL:rsi(14), got '" + key + "'");
        }
        return new NodeKey(
                AssetId.of(key.substring(0, colon)), key.substring(colon + 1).strip());
    }
}
