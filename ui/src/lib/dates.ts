/** ISO dates (YYYY-MM-DD) as the API takes them. */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** The date `days` calendar days after (or before, when negative) an ISO date. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The date `years` years before an ISO date. */
export function yearsBefore(iso: string, years: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
}

/**
 * The session date of a timestamp: an ISO date as it is, an instant as its date in `zone` (the
 * asset's exchange zone), so that a tick at 15:59 New York time lands on that day's bar.
 */
export function sessionDate(time: string, zone = "UTC"): string {
  if (ISO_DATE.test(time)) return time;
  const instant = new Date(time);
  if (Number.isNaN(instant.getTime())) return time.slice(0, 10);
  try {
    return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" })
      .format(instant);
  } catch {
    return instant.toISOString().slice(0, 10);
  }
}
