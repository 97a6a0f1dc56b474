package dev.quiver.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Renders a scorecard judged on one run as a Markdown table: one row per target (a figure without
 * targets gets one row too), the figure's columns on its first row only. Stateless.
 */
public final class ReportTable {

    private static final List<String> HEADINGS = headings();
    /** Columns of the figure itself; the numeric ones, and the ratio after them, are right-aligned. */
    private static final int FIGURE_CELLS = 3 + Column.values().length;

    private ReportTable() {}

    private static List<String> headings() {
        List<String> headings = new ArrayList<>(List.of("Figure", "Statistic", "Unit"));
        for (Column column : Column.values()) {
            headings.add(column.title());
        }
        headings.addAll(List.of("Ratio", "Target", "Result"));
        return List.copyOf(headings);
    }

    /** The table of {@code scorecard} judged on {@code results}, lines ending in a newline. */
    public static String render(Scorecard scorecard, JmhResults results) {
        List<List<String>> rows = new ArrayList<>();
        for (Figure figure : scorecard.figures()) {
            List<String> cells = figureCells(figure, results);
            List<Target> targets = scorecard.targetsOf(figure);
            if (targets.isEmpty()) {
                cells.addAll(List.of("", "", ""));
                rows.add(cells);
            }
            for (int t = 0; t < targets.size(); t++) {
                Target target = targets.get(t);
                Verdict verdict = target.judge(results);
                List<String> row = t == 0 ? cells : blanks();
                row.add(target.isRatio() ? verdict.measuredText() : "");
                row.add(target.describe());
                row.add(verdict.status().label());
                rows.add(row);
            }
        }
        return markdown(rows);
    }

    private static List<String> figureCells(Figure figure, JmhResults results) {
        List<String> cells =
                new ArrayList<>(List.of(figure.name(), figure.statistic().label(), figure.unit()));
        for (Column column : Column.values()) {
            cells.add(figure.sources().containsKey(column) ? format(figure.value(column, results)) : "");
        }
        return cells;
    }

    private static List<String> blanks() {
        List<String> blanks = new ArrayList<>();
        for (int i = 0; i < FIGURE_CELLS; i++) {
            blanks.add("");
        }
        return blanks;
    }

    private static String format(OptionalDouble value) {
        return value.isPresent() ? Numbers.format(value.getAsDouble()) : "-";
    }

    private static String markdown(List<List<String>> rows) {
        int[] widths = new int[HEADINGS.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = HEADINGS.get(i).length();
        }
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, HEADINGS, widths);
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            rule.add(isNumeric(i) ? "-".repeat(widths[i] - 1) + ":" : "-".repeat(widths[i]));
        }
        line(out, rule, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        out.append('|');
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            out.append(' ').append(isNumeric(i) ? pad + cell : cell + pad).append(" |");
        }
        out.append('\n');
    }

    private static boolean isNumeric(int column) {
        return column >= 3 && column <= FIGURE_CELLS;
    }
}
