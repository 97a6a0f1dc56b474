package dev.quiver.server.api;

import dev.quiver.core.asset.AssetId;
import dev.quiver.server.http.BadParameterException;
import dev.quiver.server.http.LimitExceededException;
import dev.quiver.server.http.NotFoundException;
import dev.quiver.store.BarStore;
import java.util.ArrayList;
import java.util.List;

/**
 * A subscription key as a client writes it, {@code SYMBOL:EXPR} ({@code AAPL:rsi(14)}). Immutable.
 *
 * @param text the key as given (stripped), which the engine labels its columns with
 * @param subject the symbol before the first colon
 * @param expression the expression after it
 */
record StreamKey(String text, AssetId subject, String expression) {

    /**
     * The keys of a {@code sub} parameter or message: each of the form {@code SYMBOL:EXPR} and of a
     * stored asset, at most {@code max} of them.
     *
     * @throws BadParameterException for a missing or malformed key
     * @throws NotFoundException for a symbol the store does not hold
     * @throws LimitExceededException for more keys than allowed
     */
    static List<StreamKey> parse(String parameter, List<String> given, BarStore store, int max) {
        if (given == null || given.isEmpty()) {
            throw new BadParameterException(parameter, "give at least one subscription, as in sub=AAPL:rsi(14)");
        }
        if (given.size() > max) {
            throw overLimit(given.size(), max);
        }
        List<StreamKey> keys = new ArrayList<>();
        for (String raw : given) {
            String text = raw == null ? "" : raw.strip();
            int colon = text.indexOf(':');
            if (colon <= 0 || colon == text.length() - 1) {
                throw new BadParameterException(
                        parameter, "expected SYMBOL:EXPR such as AAPL:rsi(14) or MSFT:close, found '" + text + "'");
            }
            String symbol = text.substring(0, colon).strip();
            AssetId subject;
            try {
                subject = AssetId.of(symbol);
            } catch (IllegalArgumentException e) {
                throw new BadParameterException(parameter, e.getMessage());
            }
            if (store.findAsset(subject).isEmpty()) {
                throw NotFoundException.unknownAsset(
                        symbol, "unknown symbol '" + symbol + "': not in the database; import or download it first");
            }
            String expression = text.substring(colon + 1).strip();
            keys.add(new StreamKey(subject.symbol() + ":" + expression, subject, expression));
        }
        return keys;
    }

    /** The problem for more subscriptions than one client may hold. */
    static LimitExceededException overLimit(int asked, int max) {
        return LimitExceededException.parameter(
                "sub", max, asked + " subscriptions asked, over the limit of " + max + " per client");
    }
}
