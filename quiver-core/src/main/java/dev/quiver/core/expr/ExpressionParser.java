package dev.quiver.core.expr;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.expr.Token.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses expressions by recursive descent, one token of lookahead; the grammar is in
 * {@code docs/expressions.md}. Purely syntactic: names of analytics, fields, parameters and outputs are
 * not checked here. The static entry points are thread-safe; an instance serves one parse.
 */
public final class ExpressionParser {

    /** Calls nested deeper than this are rejected, so that no input can exhaust the stack. */
    static final int MAX_DEPTH = 64;

    private final Lexer lexer;
    private Token lookahead;
    private int depth;

    private ExpressionParser(String text) {
        this.lexer = new Lexer(text);
    }

    /**
     * Parses an expression on the subject, such as {@code sma(rsi(14), 5)} or {@code close@SPY}.
     *
     * @param text the expression; not null
     * @throws ExpressionException if the text is not an expression
     */
    public static Series parse(String text) {
        ExpressionParser parser = new ExpressionParser(text);
        Series series = parser.series(parser.expect(Kind.NAME, "a field or a call"));
        parser.expectEnd();
        return series;
    }

    /**
     * Parses an expression qualified by its subject, {@code SYMBOL:EXPR} as in {@code AAPL:rsi(14)}.
     * Positions in the result and in errors count from the start of the whole text.
     *
     * @param text the qualified expression; not null
     * @throws ExpressionException if the text is not a qualified expression
     */
    public static QualifiedExpr parseQualified(String text) {
        ExpressionParser parser = new ExpressionParser(text);
        AssetId subject = parser.asset();
        parser.expect(Kind.COLON, "':' after the symbol");
        Series series = parser.series(parser.expect(Kind.NAME, "a field or a call"));
        parser.expectEnd();
        return new QualifiedExpr(subject, series);
    }

    /** A field, a call or a call's output, its first name already read. */
    private Series series(Token name) {
        if (peek().kind() == Kind.LEFT_PAREN) {
            return callAndOutput(name);
        }
        if (peek().kind() == Kind.AT) {
            next();
            return new FieldRef(name.text(), Optional.of(asset()), name.start());
        }
        return new FieldRef(name.text(), Optional.empty(), name.start());
    }

    private Series callAndOutput(Token name) {
        Token open = next();
        if (++depth > MAX_DEPTH) {
            throw lexer.error(open.start(), "calls nested too deeply", "more than " + MAX_DEPTH + " levels");
        }
        Call call = arguments(name);
        depth--;
        if (peek().kind() == Kind.AT) {
            throw lexer.error(
                    peek().start(),
                    "'@' names the asset of a field, not of a call",
                    "write the asset on the inputs, as in sma(close@SPY, 20)");
        }
        if (peek().kind() == Kind.DOT) {
            next();
            Token output = expect(Kind.NAME, "an output name");
            return new Select(call, output.text(), output.start());
        }
        return call;
    }

    /** The arguments after {@code (} up to and including {@code )}. */
    private Call arguments(Token name) {
        List<Argument> positional = new ArrayList<>();
        List<NamedArg> named = new ArrayList<>();
        Map<String, Integer> namedAt = new HashMap<>();
        if (peek().kind() == Kind.RIGHT_PAREN) {
            next();
            return new Call(name.text(), positional, named, name.start());
        }
        while (true) {
            Token first = next();
            if (first.kind() == Kind.NAME && peek().kind() == Kind.EQUALS) {
                NamedArg arg = namedArgument(first);
                Integer earlier = namedAt.putIfAbsent(arg.name(), arg.start());
                if (earlier != null) {
                    throw lexer.error(
                            arg.start(),
                            "duplicate named argument '" + arg.name() + "'",
                            "already given at position " + earlier);
                }
                named.add(arg);
            } else {
                Argument arg = positional(first);
                if (!named.isEmpty()) {
                    throw lexer.error(
                            arg.start(),
                            "positional argument after named argument '"
                                    + named.get(0).name() + "'",
                            "positional arguments come first");
                }
                positional.add(arg);
            }
            Token separator = next();
            if (separator.kind() == Kind.RIGHT_PAREN) {
                return new Call(name.text(), positional, named, name.start());
            }
            if (separator.kind() != Kind.COMMA) {
                throw expected(separator, "',' or ')'");
            }
        }
    }

    private Argument positional(Token first) {
        if (first.kind() == Kind.NUMBER) {
            return new NumberLiteral(Double.parseDouble(first.text()), first.start());
        }
        if (first.kind() == Kind.NAME) {
            return series(first);
        }
        throw expected(first, "an argument");
    }

    /** {@code name = value}, the name already read and {@code =} next. */
    private NamedArg namedArgument(Token name) {
        next();
        Token value = next();
        if (value.kind() == Kind.NUMBER) {
            return new NamedArg(
                    name.text(), new NumberLiteral(Double.parseDouble(value.text()), value.start()), name.start());
        }
        if (value.kind() == Kind.NAME) {
            return new NamedArg(name.text(), new NameLiteral(value.text(), value.start()), name.start());
        }
        throw expected(value, "a number or a name after '='");
    }

    /** A ticker symbol, normalised by {@link AssetId}'s rules. */
    private AssetId asset() {
        Token symbol = lexer.symbol();
        if (symbol.text().isEmpty()) {
            throw expected(next(), "a symbol");
        }
        try {
            return AssetId.of(symbol.text());
        } catch (IllegalArgumentException e) {
            throw lexer.error(symbol.start(), e.getMessage(), null);
        }
    }

    private void expectEnd() {
        expect(Kind.END, "end of input");
    }

    private Token expect(Kind kind, String what) {
        Token token = next();
        if (token.kind() != kind) {
            throw expected(token, what);
        }
        return token;
    }

    private ExpressionException expected(Token found, String what) {
        return lexer.error(found.start(), "expected " + what, "found " + found.describe());
    }

    private Token peek() {
        if (lookahead == null) {
            lookahead = lexer.next();
        }
        return lookahead;
    }

    private Token next() {
        Token token = peek();
        lookahead = null;
        return token;
    }
}
