package dev.quiver.marketdata.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses single cells without regular expressions. Each method returns the value or a short
 * description of what is wrong, for the caller to place in a {@link CsvFormatException}. Stateless.
 */
final class Cells {

    /** Returned by {@link #epochDay} for a cell that is not a date; {@link #problem} then says why. */
    static final long NOT_A_DATE = Long.MIN_VALUE;

    private Cells() {}

    /**
     * The number in {@code cell}, or NaN if it is not a finite plain decimal number (digits, sign,
     * point, exponent; no {@code NaN}, {@code Infinity}, hexadecimal or type suffixes as {@link
     * Double#parseDouble} would take).
     */
    static double number(String cell) {
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if ((ch < '0' || ch > '9') && ch != '.' && ch != '-' && ch != '+' && ch != 'e' && ch != 'E') {
                return Double.NaN;
            }
        }
        try {
            double value = Double.parseDouble(cell);
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * The session date of a date cell as an epoch day, or {@link #NOT_A_DATE}. Accepts {@code
     * yyyy-MM-dd}, optionally followed by a space or {@code T} and an ISO time with an optional offset
     * ({@code 2022-01-03 00:00:00-05:00}); the date as written is the session date, because the offset
     * is the exchange's own.
     */
    static long epochDay(String cell) {
        if (cell.length() < 10 || cell.charAt(4) != '-' || cell.charAt(7) != '-') {
            return NOT_A_DATE;
        }
        int year = digits(cell, 0, 4);
        int month = digits(cell, 5, 7);
        int day = digits(cell, 8, 10);
        if (year < 0 || month < 0 || day < 0 || !validTime(cell)) {
            return NOT_A_DATE;
        }
        try {
            return LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return NOT_A_DATE;
        }
    }

    /** What is wrong with a cell that {@link #number} or {@link #epochDay} rejected. */
    static String problem(String cell, Column.Cell kind) {
        if (cell.isEmpty()) {
            return "empty cell";
        }
        return kind == Column.Cell.DATE
                ? "'" + cell + "' is not a date (yyyy-MM-dd, optionally with a time and offset)"
                : "'" + cell + "' is not a number";
    }

    private static boolean validTime(String cell) {
        if (cell.length() == 10) {
            return true;
        }
        char separator = cell.charAt(10);
        if (separator != ' ' && separator != 'T') {
            return false;
        }
        try {
            DateTimeFormatter.ISO_TIME.parse(cell.substring(11));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }
}
