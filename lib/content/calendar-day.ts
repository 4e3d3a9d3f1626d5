/**
 * A calendar date of the content (`2026-11-27`: the day a price was seen, a method took
 * effect, a correction was made) has no time of day. It is read as noon UTC, which falls on
 * the same day in Paris and in every European time zone, so formatting it never moves it.
 */
export const noonUtc = (date: string): string => `${date}T12:00:00Z`;

/** The same, as an instant to format or compare. */
export const calendarDay = (date: string): Date => new Date(noonUtc(date));
