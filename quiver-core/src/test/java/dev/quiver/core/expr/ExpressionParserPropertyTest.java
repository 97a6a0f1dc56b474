package dev.quiver.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.expr.support.ExprArbitraries;
import java.util.Locale;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ExpressionParserPropertyTest {

    /** Characters the grammar gives a meaning, and a few it does not. */
    private static final String GRAMMAR_CHARACTERS = "smaclose(),.=@:^-+_eE019 \t\n$\u00e9\u0000";

    @Provide
    Arbitrary<Series> trees() {
        return ExprArbitraries.series(3);
    }

    @Provide
    Arbitrary<AssetId> assets() {
        return ExprArbitraries.assets();
    }

    @Provide
    Arbitrary<String> whitespace() {
        return Arbitraries.strings().withChars(" \t\r\n").ofMaxLength(3);
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(GRAMMAR_CHARACTERS).ofMaxLength(30),
                Arbitraries.strings().ofMaxLength(30));
    }

    @Provide
    Arbitrary<Character> grammarCharacters() {
        return Arbitraries.of(GRAMMAR_CHARACTERS.chars().mapToObj(c -> (char) c).toList());
    }

    @Property
    void shouldParsePrintedTreeBackToEqualTree(@ForAll("trees") Series tree) {
        Series parsed = ExpressionParser.parse(tree.canonical());

        assertThat(parsed).isEqualTo(tree);
        assertThat(parsed.canonical()).isEqualTo(tree.canonical());
    }

    @Property
    void shouldParsePrintedQualifiedTreeBack(@ForAll("assets") AssetId subject, @ForAll("trees") Series tree) {
        QualifiedExpr qualified = new QualifiedExpr(subject, tree);

        assertThat(ExpressionParser.parseQualified(qualified.canonical())).isEqualTo(qualified);
    }

    @Property
    void shouldIgnoreWhitespaceAroundPunctuation(@ForAll("trees") Series tree, @ForAll("whitespace") String space) {
        String spaced = space
                + tree.canonical()
                        .replace("(", space + "(" + space)
                        .replace(")", space + ")" + space)
                        .replace(",", space + "," + space)
                + space;

        assertThat(ExpressionParser.parse(spaced)).isEqualTo(tree);
    }

    @Property
    void shouldIgnoreCase(@ForAll("trees") Series tree) {
        assertThat(ExpressionParser.parse(tree.canonical().toUpperCase(Locale.ROOT)))
                .isEqualTo(tree);
    }

    @Property
    void shouldFailOnNoiseOnlyWithPositionInsideText(@ForAll("noise") String text) {
        assertFailsOnlyWithPositionInside(text, ExpressionParser::parse);
        assertFailsOnlyWithPositionInside(text, ExpressionParser::parseQualified);
    }

    @Property
    void shouldFailOnEditedTextOnlyWithPositionInsideText(
            @ForAll("trees") Series tree,
            @ForAll @IntRange(max = 10_000) int at,
            @ForAll("grammarCharacters") char inserted,
            @ForAll boolean delete) {
        String text = tree.canonical();
        int i = at % (text.length() + (delete ? 0 : 1));
        String edited = delete
                ? text.substring(0, i) + text.substring(i + 1)
                : text.substring(0, i) + inserted + text.substring(i);

        assertFailsOnlyWithPositionInside(edited, ExpressionParser::parse);
    }

    /** Parses; any failure must be an ExpressionException about this text, pointing inside it. */
    private static void assertFailsOnlyWithPositionInside(String text, Function<String, ?> parser) {
        try {
            parser.apply(text);
        } catch (ExpressionException e) {
            assertThat(e.expression()).isEqualTo(text);
            assertThat(e.position()).isBetween(0, text.length());
            assertThat(e.caretLine()).endsWith("^");
        }
    }
}
