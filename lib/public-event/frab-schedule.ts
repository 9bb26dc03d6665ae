// The public programme in the frab / c3voc schedule format (https://c3voc.de/wiki/schedule), as
// schedule.xml (valid against c3voc's schedule.xml.xsd) and schedule.json (valid against its
// schema.json): what ConfClerk, Giggity, EventFahrplan and the c3voc tools read. Pure: no I/O,
// unit-tested; lib/public-event/schedule-export.ts gathers the data.
import { createHash } from "node:crypto";
import { DateTime } from "luxon";

/** One session as the public may read it, already in the export's language. */
export type FrabSession = {
  /** The agenda item's UUID: the event's `guid`, and the seed of its integer `id`. */
  id: string;
  title: string;
  description: string;
  /** The room: the item's place, or what the caller puts for items without one. */
  room: string;
  /** What makes the room the same room in every language (its place in the source language): the seed of its guid. */
  roomKey: string;
  /** The agenda kind ("plenary", …): the event's `type`. */
  type: string;
  /** The kind in the export's language: the event's `track` (apps colour by track). */
  track: string;
  startsAt: Date;
  endsAt: Date;
  /** Names of people who consented to public listing, and officials; none on a closed-door item. */
  persons: { key: string; name: string }[];
  /** Where the public reads this session. */
  url: string;
};

export type FrabSchedule = {
  /** The event's UUID: the namespace of the derived room and person guids. */
  eventId: string;
  slug: string;
  title: string;
  /** The agenda release the programme comes from (0: nothing released yet). */
  version: number;
  timeZone: string;
  /** The event's first and last day ("YYYY-MM-DD"): days without sessions are still days. */
  firstDay: string;
  lastDay: string;
  /** The language of titles and descriptions (one of the event's working languages). */
  language: string;
  /** The public event page. */
  eventUrl: string;
  /** Where this very document is served (schedule.xml or schedule.json). */
  xmlUrl: string;
  jsonUrl: string;
  sessions: FrabSession[];
};

/** frab's day change: a session before 04:00 local belongs to the previous day (a night session). */
export const DAY_CHANGE_HOUR = 4;

/** Grid the schedule apps draw; any start time fits a five-minute grid well enough. */
const TIMESLOT = "00:05";

const GENERATOR = "Roundtable";

/**
 * A stable positive 31-bit integer for each item (frab wants integer ids; Java apps read them as
 * int): the first 32 bits of its UUID's hex with the top bit cleared, 0 read as 1. Two items of one
 * event that land on the same number (about one chance in 40 million for 50 items) are told apart
 * by walking up from it, the items taken in UUID order, so the answer stays the same for the same
 * set of items.
 */
export function integerIds(uuids: readonly string[]): Map<string, number> {
  const taken = new Set<number>();
  const ids = new Map<string, number>();
  for (const uuid of [...new Set(uuids)].sort()) {
    let id = integerOf(uuid);
    while (taken.has(id)) id = id === 0x7fffffff ? 1 : id + 1;
    taken.add(id);
    ids.set(uuid, id);
  }
  return ids;
}

function integerOf(uuid: string): number {
  const value = Number.parseInt(uuid.replace(/-/g, "").slice(0, 8), 16) & 0x7fffffff;
  return value === 0 ? 1 : value;
}

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of the namespace's bytes and the name). Rooms and
 * people get guids derived from the event and a key, so the same room or person keeps its guid
 * from one release to the next, and a person's own record id is never published.
 */
export function nameBasedUuid(namespace: string, name: string): string {
  const bytes = createHash("sha1")
    .update(Buffer.from(namespace.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The acronym c3voc asks for: lowercase letters, digits and `_` (at least four), from the event's
 * slug (hyphens become underscores: the JSON schema allows a hyphen only in a "-2026-x" suffix).
 */
export function acronymOf(slug: string): string {
  const acronym = slug
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return acronym.length >= 4 ? acronym : `${acronym}_event`.replace(/^_/, "");
}

/** The frab day a session belongs to: its local date, shifted back a day before DAY_CHANGE_HOUR. */
export function frabDayOf(startsAt: Date, zone: string): string {
  // By the wall clock, not by subtracting hours: on a summer-time night 04:30 is four hours after 23:30.
  const local = DateTime.fromJSDate(startsAt, { zone });
  return (local.hour < DAY_CHANGE_HOUR ? local.minus({ days: 1 }) : local).toISODate()!;
}

/** An instant in the event's zone, to the second, with its offset ("2026-02-13T10:00:00+04:00"). */
function zoned(instant: DateTime): string {
  return instant.toISO({ suppressMilliseconds: true, includeOffset: true })!;
}

function hhmm(minutes: number): string {
  const capped = Math.min(Math.max(minutes, 0), 99 * 60 + 59);
  return `${String(Math.floor(capped / 60)).padStart(2, "0")}:${String(capped % 60).padStart(2, "0")}`;
}

type Day = { index: number; date: string; start: string; end: string; rooms: { name: string; guid: string; sessions: Laid[] }[] };
type Laid = FrabSession & { intId: number; slug: string; date: string; start: string; duration: string };

/**
 * The days of the schedule: every day from the event's first to its last, and any other day a
 * session falls on (an arrival the evening before). Each runs 04:00 to 03:59 next morning, local
 * time; sessions are grouped by room within a day, rooms in the order of their first session.
 */
export function layOut(schedule: FrabSchedule): { days: Day[]; rooms: { name: string; guid: string }[] } {
  const zone = schedule.timeZone;
  const acronym = acronymOf(schedule.slug);
  const ids = integerIds(schedule.sessions.map((s) => s.id));
  const sorted = [...schedule.sessions].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.room.localeCompare(b.room) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
  );
  const dates = new Set<string>();
  for (let day = DateTime.fromISO(schedule.firstDay, { zone }); day.toISODate()! <= schedule.lastDay; day = day.plus({ days: 1 })) dates.add(day.toISODate()!);
  for (const session of sorted) dates.add(frabDayOf(session.startsAt, zone));

  const roomGuid = (key: string) => nameBasedUuid(schedule.eventId, `room:${key}`);
  const rooms: { name: string; guid: string }[] = [];
  const days = [...dates].sort().map((date, i): Day => {
    const start = DateTime.fromISO(date, { zone }).set({ hour: DAY_CHANGE_HOUR, minute: 0, second: 0, millisecond: 0 });
    const end = start.plus({ days: 1 }).minus({ minutes: 1 });
    return { index: i + 1, date, start: zoned(start), end: zoned(end), rooms: [] };
  });
  const dayByDate = new Map(days.map((day) => [day.date, day]));
  for (const session of sorted) {
    const day = dayByDate.get(frabDayOf(session.startsAt, zone))!;
    let room = day.rooms.find((r) => r.name === session.room);
    if (!room) {
      room = { name: session.room, guid: roomGuid(session.roomKey), sessions: [] };
      day.rooms.push(room);
    }
    if (!rooms.some((r) => r.name === session.room)) rooms.push({ name: session.room, guid: room.guid });
    const begins = DateTime.fromJSDate(session.startsAt, { zone });
    const intId = ids.get(session.id)!;
    room.sessions.push({
      ...session,
      intId,
      // c3voc's slug: the acronym, a hyphen, then four characters at least.
      slug: `${acronym}-session-${intId}`,
      date: zoned(begins),
      start: begins.toFormat("HH:mm"),
      duration: hhmm(Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000)),
    });
  }
  return { days, rooms };
}

function personOf(schedule: FrabSchedule, person: { key: string; name: string }) {
  const guid = nameBasedUuid(schedule.eventId, `person:${person.key}`);
  return { id: integerOf(guid), guid, name: person.name };
}

/** Text as XML character data: escaped, and without the control characters XML 1.0 forbids. */
function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** schedule.xml: the conference, then its days, each with its rooms and their events. */
export function buildScheduleXml(schedule: FrabSchedule): string {
  const { days } = layOut(schedule);
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', "<schedule>"];
  const element = (indent: number, name: string, value: string) => lines.push(`${"  ".repeat(indent)}<${name}>${xmlText(value)}</${name}>`);
  lines.push(`  <generator name="${GENERATOR}"/>`);
  element(1, "url", schedule.xmlUrl);
  element(1, "version", String(schedule.version));
  lines.push("  <conference>");
  element(2, "title", schedule.title);
  element(2, "acronym", acronymOf(schedule.slug));
  element(2, "start", days[0]!.start);
  element(2, "end", days.at(-1)!.end);
  element(2, "days", String(days.length));
  element(2, "timeslot_duration", TIMESLOT);
  element(2, "base_url", schedule.eventUrl);
  element(2, "url", schedule.eventUrl);
  element(2, "time_zone_name", schedule.timeZone);
  lines.push("  </conference>");
  for (const day of days) {
    lines.push(`  <day index="${day.index}" date="${day.date}" start="${day.start}" end="${day.end}">`);
    for (const room of day.rooms) {
      lines.push(`    <room name="${xmlText(room.name)}" guid="${room.guid}">`);
      for (const s of room.sessions) {
        lines.push(`      <event id="${s.intId}" guid="${s.id}">`);
        element(4, "date", s.date);
        element(4, "start", s.start);
        element(4, "duration", s.duration);
        element(4, "room", s.room);
        element(4, "slug", s.slug);
        element(4, "url", s.url);
        element(4, "title", s.title);
        element(4, "subtitle", "");
        element(4, "track", s.track);
        element(4, "type", s.type);
        element(4, "language", schedule.language);
        element(4, "abstract", "");
        element(4, "description", s.description);
        if (s.persons.length === 0) lines.push("        <persons/>");
        else {
          lines.push("        <persons>");
          for (const person of s.persons.map((p) => personOf(schedule, p))) {
            lines.push(`          <person id="${person.id}" guid="${person.guid}">${xmlText(person.name)}</person>`);
          }
          lines.push("        </persons>");
        }
        lines.push("        <links/>");
        lines.push("      </event>");
      }
      lines.push("    </room>");
    }
    lines.push("  </day>");
  }
  lines.push("</schedule>", "");
  return lines.join("\n");
}

/** schedule.json: the same schedule in c3voc's JSON form (rooms by name within each day). */
export function buildScheduleJson(schedule: FrabSchedule): string {
  const { days, rooms } = layOut(schedule);
  const acronym = acronymOf(schedule.slug);
  const document = {
    $schema: "https://c3voc.de/schedule/schema.json",
    generator: { name: GENERATOR },
    schedule: {
      url: schedule.jsonUrl,
      version: String(schedule.version),
      base_url: schedule.eventUrl,
      conference: {
        acronym,
        title: schedule.title,
        start: days[0]!.start,
        end: days.at(-1)!.end,
        daysCount: days.length,
        timeslot_duration: TIMESLOT,
        time_zone_name: schedule.timeZone,
        url: schedule.eventUrl,
        rooms: rooms.map((room) => ({ name: room.name, guid: room.guid })),
        days: days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: Object.fromEntries(
            day.rooms.map((room) => [
              room.name,
              room.sessions.map((s) => ({
                guid: s.id,
                id: s.intId,
                date: s.date,
                start: s.start,
                duration: s.duration,
                room: s.room,
                slug: s.slug,
                url: s.url,
                title: s.title,
                subtitle: "",
                track: s.track,
                type: s.type,
                language: schedule.language,
                abstract: "",
                description: s.description,
                persons: s.persons.map((p) => personOf(schedule, p)),
                links: [],
              })),
            ]),
          ),
        })),
      },
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
