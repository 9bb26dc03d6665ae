// A delegate's schedule as an iCalendar (RFC 5545) document: pure, no I/O but the time-zone
// definitions read from @touch4it/ical-timezones; unit-tested with an independent parser (ical.js).
//
// - Times are written in the event's own zone (DTSTART;TZID=Asia/Yerevan:…) with its VTIMEZONE, so
//   a calendar shows them right wherever the phone is. A zone without a usable definition falls back
//   to UTC instants ("…Z"), which every client reads correctly too.
// - UID is the entry's stable uid; SEQUENCE is the event's agenda release version, so a new release
//   replaces entries instead of duplicating them. Crossings are not released: theirs is the same
//   number, and DTSTAMP (the time of this document) orders two copies with equal SEQUENCE.
// - Cancelled entries stay in the document with STATUS:CANCELLED, so subscribed calendars drop them.
// - Every entry has a URL back to the delegate's schedule on its day (and the calendar one to the
//   schedule, RFC 7986), absolute, from the configured origin the caller passes.
// - Every content line ends with CRLF, the last one too (RFC 5545 3.1): ical-generator leaves the
//   final END:VCALENDAR without it, and strict readers drop or reject a document cut short.
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { escape, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { hiddenOfRole, panelLine } from "@/lib/agenda/panel-line";
import type { PersonalEntry, PersonalEvent } from "@/lib/schedule/personal";
import type { Locale } from "@/i18n/routing";

export type CalendarLabels = {
  /** e.g. "Border crossing (entry): Voskepar". */
  crossingTitle: (direction: "entry" | "exit", point: string) => string;
  /** e.g. "Cancelled: Final press conference" (for clients that ignore STATUS). */
  cancelledTitle: (title: string) => string;
  youModerate: string;
  youSpeak: string;
  moderators: string;
  speakers: string;
  officials: string;
  closedDoor: string;
  /** e.g. "2 speakers from Azerbaijan who are not listed": people the delegate may not see by name. */
  notListed: (role: "moderator" | "speaker", count: number, party: string) => string;
};

export type CalendarOptions = {
  /** X-WR-CALNAME. */
  name: string;
  locale: Locale;
  labels: CalendarLabels;
  /** DTSTAMP of every entry; now by default. */
  now?: Date;
  /**
   * The absolute address of the delegate's schedule page (e.g. https://host/en/schedule): the
   * calendar's URL, and each entry's with the entry's day and anchor.
   */
  scheduleUrl: string;
  /** How often a subscribed calendar should fetch again, in seconds (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshSeconds?: number;
};

export const DEFAULT_REFRESH_SECONDS = 60 * 60;

/** The iCalendar text for these events and their entries. */
export function buildCalendar(events: PersonalEvent[], options: CalendarOptions): string {
  // Per zone: usable only if it fits every event written in it.
  const zones = new Map<string, boolean>();
  for (const event of events) zones.set(event.timeZone, (zones.get(event.timeZone) ?? true) && usableZone(event));
  const calendar = ical({
    prodId: { company: "Roundtable", product: "Roundtable", language: options.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes the calendar name as it is: escape it like any text value.
    name: escape(options.name, false),
    url: options.scheduleUrl,
    ttl: options.refreshSeconds ?? DEFAULT_REFRESH_SECONDS,
    // No calendar-wide zone name (DTSTAMP stays in UTC); the generator adds one VTIMEZONE per zone used.
    timezone: { name: null, generator: (zone) => (zones.get(zone) ? getVtimezoneComponent(zone) : null) },
  });
  const usedZones = [...zones].filter(([, usable]) => usable).map(([zone]) => zone);
  if (usedZones.length === 1 && zones.size === 1) calendar.x("X-WR-TIMEZONE", usedZones[0]!);

  const stamp = options.now ?? new Date();
  for (const event of events) {
    const zone = zones.get(event.timeZone) ? event.timeZone : null;
    for (const entry of event.entries) {
      const at = (instant: Date) => (zone ? DateTime.fromJSDate(instant, { zone }) : DateTime.fromJSDate(instant, { zone: "utc" }));
      calendar.createEvent({
        id: entry.uid,
        sequence: event.releaseVersion ?? 0,
        stamp,
        start: at(entry.startsAt),
        end: at(entry.endsAt),
        timezone: zone,
        status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        summary: summaryOf(entry, options.labels),
        location: locationOf(entry, event) || null,
        description: descriptionOf(entry, options.labels, options.locale) || null,
        url: entryUrl(options.scheduleUrl, entry, event.timeZone),
      });
    }
  }
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

/** The schedule on the entry's day (in the event's zone), scrolled to the entry. */
export function entryUrl(scheduleUrl: string, entry: PersonalEntry, timeZone: string): string {
  const day = DateTime.fromJSDate(entry.startsAt, { zone: timeZone }).toISODate();
  const url = new URL(scheduleUrl);
  if (day) url.searchParams.set("day", day);
  url.hash = `entry-${entry.uid}`;
  return url.toString();
}

function summaryOf(entry: PersonalEntry, labels: CalendarLabels): string {
  const title = entry.crossing ? labels.crossingTitle(entry.crossing.direction, entry.crossing.pointName) : entry.title;
  return entry.cancelled ? labels.cancelledTitle(title) : title;
}

/** The place, then the venue and city; a crossing happens at its crossing point, not at the venue. */
function locationOf(entry: PersonalEntry, event: PersonalEvent): string {
  if (entry.source === "crossing") return entry.place;
  return [entry.place, event.venueName, event.city].filter((part, index, all) => part && all.indexOf(part) === index).join(", ");
}

function descriptionOf(entry: PersonalEntry, labels: CalendarLabels, locale: Locale): string {
  const mine = [entry.myRoles.includes("moderator") && labels.youModerate, entry.myRoles.includes("speaker") && labels.youSpeak].filter(
    (line): line is string => Boolean(line),
  );
  // Names the delegate may see, then how many of each side they may not: never a silently shorter panel.
  const named = (role: "moderator" | "speaker") =>
    panelLine(
      entry.people.filter((p) => p.role === role).map((p) => (p.partyName ? `${p.name} (${p.partyName})` : p.name)),
      hiddenOfRole(entry.hidden, role).map(({ partyName, count }) => labels.notListed(role, count, partyName)),
      locale,
    );
  const moderators = named("moderator");
  const speakers = named("speaker");
  const who = [
    moderators && `${labels.moderators}: ${moderators}`,
    speakers && `${labels.speakers}: ${speakers}`,
    entry.officials.length > 0 && `${labels.officials}: ${entry.officials.map((o) => (o.position ? `${o.name}, ${o.position}` : o.name)).join("; ")}`,
  ].filter((line): line is string => Boolean(line));
  return [entry.description.trim(), mine.join("\n"), who.join("\n"), entry.closedDoor ? labels.closedDoor : ""].filter(Boolean).join("\n\n");
}

/**
 * Whether the packaged VTIMEZONE can stand for this zone at the event's times: it must exist and
 * offer the offsets the platform's (current) zone data gives at every entry. The package's rules
 * date from 2018; a zone changed since then (say, one that dropped an hour) falls back to UTC.
 */
function usableZone(event: PersonalEvent): boolean {
  const vtimezone = getVtimezoneComponent(event.timeZone);
  if (!vtimezone) return false;
  const offered = new Set([...vtimezone.matchAll(/^TZOFFSETTO:([+-]\d{4})/gm)].map((m) => m[1]));
  return event.entries.every((entry) =>
    [entry.startsAt, entry.endsAt].every((instant) => {
      const local = DateTime.fromJSDate(instant, { zone: event.timeZone });
      return local.isValid && offered.has(local.toFormat("ZZZ"));
    }),
  );
}
