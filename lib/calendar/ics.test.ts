// The calendar document read back with an independent parser (ical.js): what a calendar app would
// understand, field by field, not what our generator meant to write.
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import type { PersonalEntry, PersonalEvent } from "@/lib/schedule/personal";
import { buildCalendar, type CalendarLabels, type CalendarOptions } from "./ics";

const labels: CalendarLabels = {
  crossingTitle: (direction, point) => `Border crossing (${direction}): ${point}`,
  cancelledTitle: (title) => `Cancelled: ${title}`,
  youModerate: "You moderate.",
  youSpeak: "You speak.",
  moderators: "Moderators",
  speakers: "Speakers",
  officials: "Officials",
  closedDoor: "Closed-door (Chatham House rule).",
  notListed: (role, count, party) => `${count} ${role}${count === 1 ? "" : "s"} from ${party} who ${count === 1 ? "is" : "are"} not listed`,
};
const NOW = new Date("2026-02-01T12:34:56Z");
const SCHEDULE = "https://roundtable.example/en/schedule";
const options: CalendarOptions = { name: "Roundtable: my schedule", locale: "en", labels, now: NOW, scheduleUrl: SCHEDULE };

/** Wall-clock time in a zone → instant (the test's own arithmetic, through luxon). */
function local(zone: string, iso: string): Date {
  const value = DateTime.fromISO(iso, { zone });
  if (!value.isValid) throw new Error(`bad local time ${iso}`);
  return value.toJSDate();
}

let seq = 0;
function entry(overrides: Partial<PersonalEntry> & Pick<PersonalEntry, "startsAt" | "endsAt">): PersonalEntry {
  seq += 1;
  const id = `00000000-0000-4000-8000-${String(seq).padStart(12, "0")}`;
  return {
    uid: `agenda-${id}@roundtable`,
    source: "agenda",
    id,
    eventId: "event",
    title: `Session ${seq}`,
    kind: "thematic_session",
    description: "",
    place: "",
    shownIn: {},
    closedDoor: false,
    myRoles: [],
    people: [],
    hidden: [],
    officials: [],
    cancelled: false,
    changedSince: false,
    ...overrides,
  };
}

function event(overrides: Partial<PersonalEvent> & Pick<PersonalEvent, "id" | "timeZone" | "entries">): PersonalEvent {
  return {
    slug: overrides.id,
    title: `Event ${overrides.id}`,
    firstDay: "2026-03-28",
    lastDay: "2026-03-30",
    venueName: "Conference hall",
    city: "Berlin",
    languages: ["en"],
    shownIn: {},
    releaseVersion: 1,
    lastSeenReleaseVersion: null,
    memberId: "member",
    ...overrides,
  };
}

// ical.js predates RFC 7986 and reads unknown properties raw; RFC 5545 (3.8.8.2) makes an
// X- property TEXT unless it says otherwise, and NAME (RFC 7986) is TEXT: read both as TEXT.
const design = ICAL.design.icalendar.property as Record<string, { defaultType: string }>;
design["x-wr-calname"] = { defaultType: "text" };
design.name = { defaultType: "text" };

type Parsed = { calendar: ICAL.Component; vevents: ICAL.Component[]; byUid: Map<string, ICAL.Component> };

function parse(text: string): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  // ical.js resolves TZID through its time-zone service: register the document's own definitions.
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  const vevents = calendar.getAllSubcomponents("vevent");
  return { calendar, vevents, byUid: new Map(vevents.map((v) => [String(v.getFirstPropertyValue("uid")), v])) };
}

afterEach(() => ICAL.TimezoneService.reset());

function instant(vevent: ICAL.Component, name: "dtstart" | "dtend"): Date {
  return (vevent.getFirstPropertyValue(name) as ICAL.Time).toJSDate();
}

function text(component: ICAL.Component, name: string): string {
  return String(component.getFirstPropertyValue(name));
}

/** The raw content line of a property (after unfolding), to check what is written, not only what is read. */
function rawLine(ics: string, uid: string, name: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  const block = unfolded.split("BEGIN:VEVENT").find((b) => b.includes(`UID:${uid}\r\n`))!;
  return block.split("\r\n").find((line) => line.startsWith(`${name};`) || line.startsWith(`${name}:`))!;
}

describe("buildCalendar: times in the event's zone", () => {
  const berlin = "Europe/Berlin";
  const beforeSwitch = entry({ startsAt: local(berlin, "2026-03-28T10:00"), endsAt: local(berlin, "2026-03-28T11:30") });
  const afterSwitch = entry({ startsAt: local(berlin, "2026-03-29T10:00"), endsAt: local(berlin, "2026-03-29T11:00") });
  // 01:30 CET → 03:30 CEST on the night the clocks go forward: one real hour.
  const acrossSwitch = entry({ startsAt: local(berlin, "2026-03-29T01:30"), endsAt: local(berlin, "2026-03-29T03:30") });
  const yerevan = "Asia/Yerevan";
  const inYerevan = entry({ startsAt: local(yerevan, "2026-02-13T10:00"), endsAt: local(yerevan, "2026-02-13T11:30") });
  const events = [
    event({ id: "berlin", timeZone: berlin, entries: [acrossSwitch, beforeSwitch, afterSwitch] }),
    event({ id: "yerevan", timeZone: yerevan, city: "Tsaghkadzor", entries: [inYerevan] }),
  ];
  const ics = buildCalendar(events, options);

  it("has one VTIMEZONE per zone, and every DTSTART/DTEND names it", () => {
    const { calendar, byUid } = parse(ics);
    expect(
      calendar
        .getAllSubcomponents("vtimezone")
        .map((z) => z.getFirstPropertyValue("tzid"))
        .sort(),
    ).toEqual([yerevan, berlin]);
    for (const [e, zone] of [
      [beforeSwitch, berlin],
      [afterSwitch, berlin],
      [acrossSwitch, berlin],
      [inYerevan, yerevan],
    ] as const) {
      for (const name of ["dtstart", "dtend"]) {
        expect(byUid.get(e.uid)!.getFirstProperty(name)!.getParameter("tzid")).toBe(zone);
      }
    }
  });

  it("writes the event's wall-clock times (CET before, CEST after the March 2026 switch; +04 in Yerevan)", () => {
    expect(rawLine(ics, beforeSwitch.uid, "DTSTART")).toBe("DTSTART;TZID=Europe/Berlin:20260328T100000");
    expect(rawLine(ics, afterSwitch.uid, "DTSTART")).toBe("DTSTART;TZID=Europe/Berlin:20260329T100000");
    expect(rawLine(ics, acrossSwitch.uid, "DTSTART")).toBe("DTSTART;TZID=Europe/Berlin:20260329T013000");
    expect(rawLine(ics, acrossSwitch.uid, "DTEND")).toBe("DTEND;TZID=Europe/Berlin:20260329T033000");
    expect(rawLine(ics, inYerevan.uid, "DTSTART")).toBe("DTSTART;TZID=Asia/Yerevan:20260213T100000");
  });

  it("means the same absolute instants as the entries, read through the document's own VTIMEZONEs", () => {
    const { byUid } = parse(ics);
    for (const e of [beforeSwitch, afterSwitch, acrossSwitch, inYerevan]) {
      const vevent = byUid.get(e.uid)!;
      expect(instant(vevent, "dtstart").toISOString(), e.uid).toBe(e.startsAt.toISOString());
      expect(instant(vevent, "dtend").toISOString(), e.uid).toBe(e.endsAt.toISOString());
    }
    // The checks above are not vacuous: the two 10:00 sessions are 23 hours apart, not 24.
    expect(instant(byUid.get(afterSwitch.uid)!, "dtstart").getTime() - instant(byUid.get(beforeSwitch.uid)!, "dtstart").getTime()).toBe(23 * 3600_000);
    expect(instant(byUid.get(acrossSwitch.uid)!, "dtend").getTime() - instant(byUid.get(acrossSwitch.uid)!, "dtstart").getTime()).toBe(3600_000);
    expect(instant(byUid.get(inYerevan.uid)!, "dtstart").toISOString()).toBe("2026-02-13T06:00:00.000Z");
  });

  it("writes one VTIMEZONE for a zone shared by two events", () => {
    const again = event({
      id: "berlin-2",
      timeZone: berlin,
      entries: [entry({ startsAt: local(berlin, "2026-07-01T09:00"), endsAt: local(berlin, "2026-07-01T10:00") })],
    });
    const { calendar } = parse(buildCalendar([...events, again], options));
    expect(
      calendar
        .getAllSubcomponents("vtimezone")
        .map((z) => z.getFirstPropertyValue("tzid"))
        .sort(),
    ).toEqual([yerevan, berlin]);
  });

  it("falls back to UTC instants for a zone without a packaged definition, and stays right", () => {
    const kyiv = "Europe/Kyiv";
    const e = entry({ startsAt: local(kyiv, "2026-03-29T10:00"), endsAt: local(kyiv, "2026-03-29T11:00") });
    const out = buildCalendar([event({ id: "kyiv", timeZone: kyiv, entries: [e] })], options);
    const { calendar, byUid } = parse(out);
    expect(calendar.getAllSubcomponents("vtimezone")).toEqual([]);
    expect(rawLine(out, e.uid, "DTSTART")).toBe("DTSTART:20260329T070000Z");
    expect(instant(byUid.get(e.uid)!, "dtstart").toISOString()).toBe(e.startsAt.toISOString());
  });

  it("does not trust a packaged definition that disagrees with today's zone data (Almaty moved to +05 in 2024)", () => {
    const almaty = "Asia/Almaty";
    const e = entry({ startsAt: local(almaty, "2026-05-01T10:00"), endsAt: local(almaty, "2026-05-01T11:00") });
    const out = buildCalendar([event({ id: "almaty", timeZone: almaty, entries: [e] })], options);
    const { calendar, byUid } = parse(out);
    if (DateTime.fromJSDate(e.startsAt, { zone: almaty }).toFormat("ZZZ") === "+0500") {
      expect(calendar.getAllSubcomponents("vtimezone")).toEqual([]);
    }
    // Whichever way it is written, a calendar reads the right instant.
    expect(instant(byUid.get(e.uid)!, "dtstart").toISOString()).toBe(e.startsAt.toISOString());
  });
});

describe("buildCalendar: identity, updates and cancellations", () => {
  const zone = "Asia/Yerevan";
  const kept = entry({ title: "Final press conference", startsAt: local(zone, "2026-02-14T16:00"), endsAt: local(zone, "2026-02-14T17:00") });
  const dropped = entry({ title: "Evening reception", startsAt: local(zone, "2026-02-13T19:00"), endsAt: local(zone, "2026-02-13T21:00") });

  it("keeps UIDs when the same entries are rebuilt from a later release, with a higher SEQUENCE", () => {
    const v1 = parse(buildCalendar([event({ id: "e", timeZone: zone, releaseVersion: 1, entries: [kept, dropped] })], options));
    const v2 = parse(buildCalendar([event({ id: "e", timeZone: zone, releaseVersion: 2, entries: [kept, { ...dropped, cancelled: true }] })], options));
    expect([...v2.byUid.keys()].sort()).toEqual([...v1.byUid.keys()].sort());
    expect([...v1.byUid.keys()].sort()).toEqual([kept.uid, dropped.uid].sort());
    for (const uid of v1.byUid.keys()) {
      expect(v1.byUid.get(uid)!.getFirstPropertyValue("sequence")).toBe(1);
      expect(v2.byUid.get(uid)!.getFirstPropertyValue("sequence")).toBe(2);
    }
  });

  it("marks a cancelled entry STATUS:CANCELLED (and says so in its title), live ones CONFIRMED", () => {
    const { byUid } = parse(buildCalendar([event({ id: "e", timeZone: zone, releaseVersion: 2, entries: [kept, { ...dropped, cancelled: true }] })], options));
    expect(text(byUid.get(dropped.uid)!, "status")).toBe("CANCELLED");
    expect(text(byUid.get(dropped.uid)!, "summary")).toBe("Cancelled: Evening reception");
    expect(text(byUid.get(kept.uid)!, "status")).toBe("CONFIRMED");
    expect(text(byUid.get(kept.uid)!, "summary")).toBe("Final press conference");
  });

  it("is a published feed: METHOD, name, refresh interval, product id, DTSTAMP", () => {
    const { calendar, vevents } = parse(
      buildCalendar([event({ id: "e", timeZone: zone, entries: [kept] })], { ...options, name: "Roundtable, мой график; v1" }),
    );
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Roundtable//Roundtable//EN");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Roundtable, мой график; v1");
    expect(calendar.getFirstPropertyValue("name")).toBe("Roundtable, мой график; v1");
    expect(calendar.getFirstPropertyValue("x-published-ttl")).toBe("PT1H");
    expect(String(calendar.getFirstPropertyValue("refresh-interval"))).toBe("PT1H");
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe(zone);
    expect((vevents[0]!.getFirstPropertyValue("dtstamp") as ICAL.Time).toJSDate().toISOString()).toBe(NOW.toISOString());
  });

  it("has no events and no VTIMEZONE for a delegate without events", () => {
    const { calendar, vevents } = parse(buildCalendar([], options));
    expect(vevents).toEqual([]);
    expect(calendar.getAllSubcomponents("vtimezone")).toEqual([]);
  });
});

describe("buildCalendar: what an entry says", () => {
  const zone = "Asia/Yerevan";
  const at = local(zone, "2026-02-13T10:00");
  const end = local(zone, "2026-02-13T11:30");

  it("puts place, venue and city in LOCATION, and the description with people, officials and my roles in DESCRIPTION", () => {
    const e = entry({
      title: "Regional security",
      description: "Current stage of the relations.",
      place: "Hall A",
      startsAt: at,
      endsAt: end,
      closedDoor: true,
      myRoles: ["moderator", "speaker"],
      people: [
        { name: "Leyla Mammadova", partyName: "Azerbaijan", role: "moderator" },
        { name: "Anahit Petrosyan", partyName: "Armenia", role: "speaker" },
        { name: "Rauf Aliyev", partyName: "Azerbaijan", role: "speaker" },
      ],
      officials: [{ name: "A. Official", position: "Deputy Minister of Foreign Affairs", shownIn: {} }],
    });
    const { byUid } = parse(buildCalendar([event({ id: "e", timeZone: zone, venueName: "Hotel Kecharis", city: "Tsaghkadzor", entries: [e] })], options));
    const vevent = byUid.get(e.uid)!;
    expect(text(vevent, "summary")).toBe("Regional security");
    expect(text(vevent, "location")).toBe("Hall A, Hotel Kecharis, Tsaghkadzor");
    expect(text(vevent, "description")).toBe(
      [
        "Current stage of the relations.",
        "You moderate.\nYou speak.",
        "Moderators: Leyla Mammadova (Azerbaijan)\nSpeakers: Anahit Petrosyan (Armenia), Rauf Aliyev (Azerbaijan)\nOfficials: A. Official, Deputy Minister of Foreign Affairs",
        "Closed-door (Chatham House rule).",
      ].join("\n\n"),
    );
  });

  it("says per party how many moderators and speakers are not listed, after the names: a panel never looks one-sided", () => {
    const e = entry({
      startsAt: at,
      endsAt: end,
      people: [{ name: "Tigran Petrosyan", partyName: "Armenia", role: "speaker" }],
      hidden: [
        { role: "moderator", partyName: "Azerbaijan", count: 1 },
        { role: "speaker", partyName: "Azerbaijan", count: 2 },
      ],
    });
    const { byUid } = parse(buildCalendar([event({ id: "e", timeZone: zone, entries: [e] })], options));
    expect(text(byUid.get(e.uid)!, "description")).toBe(
      "Moderators: 1 moderator from Azerbaijan who is not listed\nSpeakers: Tigran Petrosyan (Armenia) and 2 speakers from Azerbaijan who are not listed",
    );
  });

  it("leaves DESCRIPTION out when there is nothing to say, and LOCATION is the venue without a place", () => {
    const e = entry({ startsAt: at, endsAt: end });
    const { byUid } = parse(buildCalendar([event({ id: "e", timeZone: zone, venueName: "Hotel Kecharis", city: "Tsaghkadzor", entries: [e] })], options));
    expect(byUid.get(e.uid)!.getFirstPropertyValue("description")).toBeNull();
    expect(text(byUid.get(e.uid)!, "location")).toBe("Hotel Kecharis, Tsaghkadzor");
  });

  it("titles a crossing from the translated label, placed at the crossing point", () => {
    const id = "11111111-1111-4111-8111-111111111111";
    const crossing = entry({
      uid: `crossing-${id}@roundtable`,
      source: "crossing",
      id,
      title: "",
      kind: "crossing",
      place: "Ashagy Eskipara – Voskepar",
      startsAt: at,
      endsAt: new Date(at.getTime() + 3600_000),
      crossing: { direction: "entry", pointName: "Ashagy Eskipara – Voskepar", actualAt: null },
    });
    const { byUid } = parse(buildCalendar([event({ id: "e", timeZone: zone, entries: [crossing] })], options));
    const vevent = byUid.get(crossing.uid)!;
    expect(text(vevent, "summary")).toBe("Border crossing (entry): Ashagy Eskipara – Voskepar");
    expect(text(vevent, "location")).toBe("Ashagy Eskipara – Voskepar");
    expect(instant(vevent, "dtend").getTime() - instant(vevent, "dtstart").getTime()).toBe(3600_000);
  });
});

describe("buildCalendar: text escaping and line folding", () => {
  const zone = "Asia/Yerevan";
  const tricky = "Peace, trust; security\\borders\nСессия: «мир», Խաղաղություն; 🕊 done";
  const long = `${"Երկխոսություն և վստահություն, ".repeat(6)}${"Диалог и доверие; ".repeat(6)}🕊🕊🕊 end`;
  const e = entry({
    title: tricky,
    description: long,
    place: "Зал «Арарат», 2nd floor; east wing",
    startsAt: local(zone, "2026-02-13T10:00"),
    endsAt: local(zone, "2026-02-13T11:00"),
  });
  const ics = buildCalendar([event({ id: "e", timeZone: zone, venueName: "Hotel", city: "Ծաղկաձոր", entries: [e] })], options);

  it("reads back commas, semicolons, backslashes, newlines, Cyrillic, Armenian and emoji unchanged", () => {
    const vevent = parse(ics).byUid.get(e.uid)!;
    expect(text(vevent, "summary")).toBe(tricky);
    expect(text(vevent, "description")).toBe(long);
    expect(text(vevent, "location")).toBe("Зал «Арарат», 2nd floor; east wing, Hotel, Ծաղկաձոր");
    // Escaped on the wire, as RFC 5545 requires.
    expect(rawLine(ics, e.uid, "SUMMARY")).toBe("SUMMARY:Peace\\, trust\\; security\\\\borders\\nСессия: «мир»\\, Խաղաղություն\\; 🕊 done");
  });

  it("folds lines at 75 octets with CRLF + space, never inside a character", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = ics.split("\r\n");
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
      // A lone surrogate would mean an emoji split across two lines.
      expect(line, line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(Buffer.from(line, "utf8").toString("utf8")).toBe(line);
    }
  });
});

describe("buildCalendar: what strict readers require (RFC 5545 3.1) and the way back to the schedule", () => {
  const yerevan = "Asia/Yerevan";
  // 00:30 in Yerevan is still the day before in UTC: the link names the event's own day.
  const early = entry({ startsAt: local(yerevan, "2026-02-13T00:30"), endsAt: local(yerevan, "2026-02-13T01:00") });
  const crossing = entry({
    source: "crossing",
    uid: "crossing-00000000-0000-4000-8000-00000000abcd@roundtable",
    crossing: { direction: "entry", pointName: "Voskepar", actualAt: null },
    place: "Voskepar",
    startsAt: local(yerevan, "2026-02-14T16:00"),
    endsAt: local(yerevan, "2026-02-14T17:00"),
  });
  const ics = buildCalendar([event({ id: "e", timeZone: yerevan, entries: [early, crossing] })], options);

  it("ends every content line with CRLF, the last one included, and has no other line break", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const lines = ics.split("\r\n");
    expect(lines.at(-1)).toBe("");
    for (const line of lines.slice(0, -1)) expect(line, line).toMatch(/^(?:[A-Z-]+[;:]| )/);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    // A single entry, as the "add to my calendar" download writes it, too.
    const single = buildCalendar([event({ id: "e", timeZone: yerevan, entries: [crossing] })], options);
    expect(single.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(single.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("gives each entry an absolute URL to the schedule on the entry's day, at the entry, and the calendar one to the schedule", () => {
    const { calendar, byUid } = parse(ics);
    expect(calendar.getFirstPropertyValue("url")).toBe(SCHEDULE);
    expect(byUid.get(early.uid)!.getFirstPropertyValue("url")).toBe(`${SCHEDULE}?day=2026-02-13#entry-${early.uid}`);
    expect(byUid.get(crossing.uid)!.getFirstPropertyValue("url")).toBe(`${SCHEDULE}?day=2026-02-14#entry-${crossing.uid}`);
    for (const vevent of byUid.values()) expect(new URL(String(vevent.getFirstPropertyValue("url"))).origin).toBe("https://roundtable.example");
  });
});
