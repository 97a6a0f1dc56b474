package dev.quiver.core.time;

import java.time.LocalDate;

/** Sessions every day, 365 a year: crypto. Immutable and thread-safe. */
public final class ContinuousCalendar implements TradingCalendar {

    static final ContinuousCalendar INSTANCE = new ContinuousCalendar();

    private ContinuousCalendar() {}

    @Override
    public boolean isSessionDay(LocalDate date) {
        return true;
    }

    @Override
    public int periodsPerYear() {
        return 365;
    }

    @Override
    public String code() {
        return "continuous";
    }

    @Override
    public String toString() {
        return code();
    }
}
