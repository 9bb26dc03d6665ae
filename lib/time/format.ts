// Display formatting with the platform's Intl data; `zone` is always the event's zone unless a
// caller asks for another one explicitly.

/**
 * One Intl.DateTimeFormat per locale and options, made once: making one costs far more than
 * formatting with it (a profile of the delegate's schedule under load put the formatters made per
 * call at ~5% of its CPU). A formatter holds no state between calls. Bounded: a few locales and
 * zones, but zones come from the data, so the memo starts over past MAX_FORMATTERS.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 500;

export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ""}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** A calendar day ("YYYY-MM-DD") as words, e.g. "Friday, 13 February 2026". */
export function formatDay(day: string, locale: string): string {
  return dateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
}

export function formatDayRange(first: string, last: string, locale: string): string {
  const format = dateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return format.formatRange(new Date(`${first}T12:00:00Z`), new Date(`${last}T12:00:00Z`));
}

/** 24-hour wall-clock time in `zone`. */
export function formatTime(instant: Date, zone: string, locale: string): string {
  return dateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone }).format(instant);
}

export function formatDateTime(instant: Date, zone: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: zone }).format(instant);
}

/** A calendar day in few characters, e.g. "Fri, Feb 13": for day switchers on a phone. */
export function formatShortDay(day: string, locale: string): string {
  return dateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
}

// ——— In the reader's own zone (the browser's): when something happened on this device ———

/** "3 Dec 2026, 14:05" in the device's zone: when another editor saved, seen by this one. */
export function formatLocalDateTime(instant: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(instant);
}

/** "14:05:09" in the device's zone: the last autosave. */
export function formatLocalTimeWithSeconds(instant: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(instant);
}

/** The device's own IANA zone. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Minutes `zone` is ahead of UTC at `at` (negative west of Greenwich). */
export function zoneOffsetMinutes(zone: string, at: Date): number {
  const parts = dateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) - Math.floor(at.getTime() / 60000) * 60000) / 60000;
}
