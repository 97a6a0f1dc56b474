/** Time values: half-open date ranges, bar intervals and trading calendars. Clocks are injected. */
package dev.quiver.core.time;
