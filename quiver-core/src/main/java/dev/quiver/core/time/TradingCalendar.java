package dev.quiver.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which dates have trading sessions, and so how many daily bars make a year.
 *
 * <p>Two calendars exist: weekday sessions (exchanges and FX, 252 bars a year) and continuous
 * trading (crypto, 365 bars a year). Exchange holidays are not modelled: a weekday without a bar is
 * simply a date the data has no bar for. Implementations are immutable and thread-safe.
 */
public sealed interface TradingCalendar permits WeekdayCalendar, ContinuousCalendar {

    /** Whether {@code date} can hold a session. */
    boolean isSessionDay(LocalDate date);

    /** Daily bars in a year: the annualisation factor metrics use by default. */
    int periodsPerYear();

    /** A short name: {@code weekdays} or {@code continuous}. */
    String code();

    /** Monday-to-Friday sessions. */
    static TradingCalendar weekdays() {
        return WeekdayCalendar.INSTANCE;
    }

    /** Sessions every day of the year. */
    static TradingCalendar continuous() {
        return ContinuousCalendar.INSTANCE;
    }

    /** True for Saturday and Sunday. */
    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
