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

/**
 * The one clock per locale, for displays and input hints alike: 24-hour for Azerbaijani, Armenian
 * and Russian; English keeps its own (12-hour, as an English browser's time inputs show it).
 */
export function hourCycleFor(locale: string): "h23" | undefined {
  return /^en\b/i.test(locale) ? undefined : "h23";
}

/** Whether `locale` reads times on the 24-hour clock (the hint beside time inputs says so). */
export function uses24HourClock(locale: string): boolean {
  return hourCycleFor(locale) === "h23";
}

function timeOptions(locale: string): Intl.DateTimeFormatOptions {
  const hourCycle = hourCycleFor(locale);
  return hourCycle ? { hour: "2-digit", minute: "2-digit", hourCycle } : { hour: "numeric", minute: "2-digit" };
}

/** Wall-clock time in `zone` on the locale's clock ("14:05"; in English "2:05 PM"). */
export function formatTime(instant: Date, zone: string, locale: string): string {
  return dateTimeFormat(locale, { ...timeOptions(locale), timeZone: zone }).format(instant);
}

/** A wall-clock time as typed ("HH:MM", no zone of its own) on the locale's clock: "07:00", in English "7:00 AM". */
export function formatClockTime(time: string, locale: string): string {
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  return dateTimeFormat(locale, { ...timeOptions(locale), timeZone: "UTC" }).format(new Date(Date.UTC(2000, 0, 1, hour, minute)));
}

/** Date and time in `zone` on the locale's clock, without the zone: where the zone is said beside it. */
export function formatDateTime(instant: Date, zone: string, locale: string): string {
  const hourCycle = hourCycleFor(locale);
  return dateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: zone, ...(hourCycle ? { hourCycle } : {}) }).format(instant);
}

/** A time that stands alone names its zone: "13 February 2026, 14:30 (Asia/Yerevan)". */
export function withZone(formatted: string, zone: string): string {
  return `${formatted} (${zone})`;
}

/** Date and time in `zone`, naming the zone: for every time shown on its own. */
export function formatDateTimeInZone(instant: Date, zone: string, locale: string): string {
  return withZone(formatDateTime(instant, zone, locale), zone);
}

/** A calendar day in few characters, e.g. "Fri, Feb 13": for day switchers on a phone. */
export function formatShortDay(day: string, locale: string): string {
  return dateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
}

// ——— In the reader's own zone (the browser's): when something happened on this device ———

/** "3 Dec 2026, 14:05 (Europe/Berlin)" in the device's zone, naming it: when another editor saved, seen by this one. */
export function formatLocalDateTime(instant: Date, locale: string, zone: string = deviceTimeZone()): string {
  const hourCycle = hourCycleFor(locale);
  return withZone(
    dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: zone, ...(hourCycle ? { hourCycle } : {}) }).format(instant),
    zone,
  );
}

/** "14:05:09" in the device's zone, on the locale's clock: the last autosave (a moment ago, on this device). */
export function formatLocalTimeWithSeconds(instant: Date, locale: string, zone: string = deviceTimeZone()): string {
  const hourCycle = hourCycleFor(locale);
  return dateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: zone, ...(hourCycle ? { hourCycle } : {}) }).format(instant);
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
