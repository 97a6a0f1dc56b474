package dev.quiver.core.time;

import java.time.LocalDate;

/** Monday-to-Friday sessions, 252 a year: exchanges and FX. Immutable and thread-safe. */
public final class WeekdayCalendar implements TradingCalendar {

    static final WeekdayCalendar INSTANCE = new WeekdayCalendar();

    private WeekdayCalendar() {}

    @Override
    public boolean isSessionDay(LocalDate date) {
        return !TradingCalendar.isWeekend(date);
    }

    @Override
    public int periodsPerYear() {
        return 252;
    }

    @Override
    public String code() {
        return "weekdays";
    }

    @Override
    public String toString() {
        return code();
    }
}
