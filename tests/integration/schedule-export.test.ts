// The frab / c3voc schedule export (issue #16 point 1): /events/<slug>/schedule.xml and .json of
// the latest public release, called through the route handlers against real PostgreSQL. Each
// document is checked against c3voc's own schemas (vendored in tests/fixtures/c3voc-schedule) with
// libxml2's validator (xmllint-wasm) and Ajv, and read back with parsers of their own
// (fast-xml-parser, JSON.parse): days, rooms, titles and times in the event's zone, consent,
// closed-door items, languages, drafts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { XMLParser } from "fast-xml-parser";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import draft06 from "ajv/dist/refs/json-schema-draft-06.json";
import { validateXML } from "xmllint-wasm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { delegationMembers, people } from "@/db/schema";
import { FOLLOW_UP_EVENT_SLUG } from "@/db/seed/demo";
import { addItemPerson } from "@/lib/agenda/participants";
import { createAgendaItem } from "@/lib/agenda/queries";
import { listReleasesForOrganizer, releaseAgenda } from "@/lib/agenda/releases";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { agendaItem, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { GET as xmlGET } from "@/app/events/[slug]/schedule.xml/route";
import { GET as jsonGET } from "@/app/events/[slug]/schedule.json/route";

// The export's cache exists only inside a Next.js server: here every request builds it anew, which
// is what a refreshed cache gives (public-cache-routes.test.ts checks the refresh reaches it).
vi.mock("next/cache", () => ({ unstable_cache: <F>(build: F) => build, revalidatePath: vi.fn() }));

const { db } = setupTestDatabase();

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/c3voc-schedule");
const XSD = readFileSync(path.join(FIXTURES, "schedule.xml.xsd"), "utf8");
const JSON_SCHEMA = JSON.parse(readFileSync(path.join(FIXTURES, "schema.json"), "utf8")) as object;
const SLUG = "peace-bridge-tsaghkadzor-2026";
const ZONE_OFFSET = "+04:00"; // Asia/Yerevan, no summer time

let ids: DemoIds;
let organizer: OrganizerViewer;
const open = {
  title: unique("Open session on regional transport"),
  armenian: "Բաց նիստ տարածաշրջանային տրանսպորտի մասին",
  description: unique("Routes through the region"),
  place: unique("Hall"),
};
const night = { title: unique("Night talk"), place: unique("Terrace") };
const secret = { title: unique("Closed-door talk"), armenian: "Գաղտնի զրույց", place: unique("Back room"), description: unique("Not for the public") };
const hidden = { title: unique("Delegates-only briefing") };
let openId: string;
let secretId: string;
let listed: { name: string; email: string | null; phone: string; memberId: string };
let unlisted: { name: string; email: string | null; phone: string; memberId: string };

async function newItem(input: Parameters<typeof agendaItem>[0]): Promise<string> {
  const created = await createAgendaItem(organizer, ids.eventId, agendaItem(input));
  if (!created.ok) throw new Error(`item not created: ${created.reason}`);
  return created.value.id;
}

async function release() {
  const { nextVersion } = (await listReleasesForOrganizer(organizer, ids.eventId))!;
  const released = await releaseAgenda(organizer, ids.eventId, { note: "", expectedVersion: nextVersion });
  if (!released.ok) throw new Error(`not released: ${released.reason}`);
  return nextVersion;
}

let version: number;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  // Two confirmed members of the Azerbaijani delegation: one listed publicly, one not.
  const members = await db()
    .select({ memberId: delegationMembers.id, personId: people.id, name: people.nameLatin, email: people.email, phone: people.phone })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .where(and(eq(delegationMembers.delegationId, ids.delegations.Azerbaijan), inArray(delegationMembers.status, ["confirmed"])))
    .orderBy(people.nameLatin)
    .limit(3);
  const [a, b, c] = members;
  if (!a || !b || !c) throw new Error("the demo needs three confirmed Azerbaijani members");
  await db().update(people).set({ phone: "+994 50 123 45 67" }).where(eq(people.id, b.personId));
  await db()
    .update(delegationMembers)
    .set({ consent: "public" })
    .where(inArray(delegationMembers.id, [a.memberId, c.memberId]));
  await db().update(delegationMembers).set({ consent: "delegates" }).where(eq(delegationMembers.id, b.memberId));
  listed = { ...a };
  unlisted = { ...b, phone: "+994 50 123 45 67" };

  openId = await newItem({
    title: open.title,
    title_hy: open.armenian,
    description: open.description,
    place: open.place,
    day: "2026-02-13",
    startTime: "06:00",
    endTime: "07:15",
  });
  for (const person of [a, b]) expect((await addItemPerson(organizer, ids.eventId, openId, { personId: person.personId, role: "speaker" })).ok).toBe(true);
  // 00:30 in Yerevan on the 14th: frab's day runs to 04:00, so it is a night of the 13th.
  await newItem({ title: night.title, place: night.place, day: "2026-02-14", startTime: "00:30", endTime: "01:00" });
  secretId = await newItem({
    kind: "meeting_with_officials",
    title: secret.title,
    title_hy: secret.armenian,
    description: secret.description,
    place: secret.place,
    closedDoor: true,
    day: "2026-02-14",
    startTime: "06:00",
    endTime: "06:45",
  });
  expect((await addItemPerson(organizer, ids.eventId, secretId, { personId: c.personId, role: "moderator" })).ok).toBe(true);
  await newItem({ title: hidden.title, visibility: "delegates", place: unique("Room"), day: "2026-02-14", startTime: "07:00", endTime: "07:20" });
  version = await release();
});

async function fetchExport(format: "xml" | "json", slug = SLUG, query = "") {
  const request = new Request(`http://localhost:3000/events/${slug}/schedule.${format}${query}`);
  const get = format === "xml" ? xmlGET : jsonGET;
  const response = await get(request, { params: Promise.resolve({ slug }) } as never);
  return { response, text: await response.text() };
}

async function xsdErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: "schedule.xml", contents: xml }], schema: [{ fileName: "schedule.xml.xsd", contents: XSD }] });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

function jsonValidator() {
  // c3voc's schema is draft-06 and carries its own notes ($todo, $oneOf, deprecated): Ajv reads
  // the draft and ignores the notes, and learns the one format it names that Ajv lacks ("color").
  const ajv = new Ajv({ allErrors: true, strictSchema: false });
  ajv.addMetaSchema(draft06);
  addFormats(ajv);
  ajv.addFormat("color", /^#[0-9a-fA-F]{6}$/);
  return ajv.compile(JSON_SCHEMA);
}

type XmlEvent = {
  "@_id": string;
  "@_guid": string;
  title: string;
  room: string;
  date: string;
  start: string;
  duration: string;
  type: string;
  language: string;
  description: string;
  persons: "" | { person: { "#text": string; "@_id": string; "@_guid": string }[] };
};
type XmlDay = { "@_date": string; "@_index": string; "@_start": string; "@_end": string; room?: { "@_name": string; event: XmlEvent[] }[] };

/** fast-xml-parser, told which elements repeat: an independent reading of the document. */
function parseXml(xml: string) {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (_name, jpath) =>
      ["schedule.day", "schedule.day.room", "schedule.day.room.event", "schedule.day.room.event.persons.person"].includes(String(jpath)),
  });
  return parser.parse(xml) as { schedule: { version: string; conference: { title: string; acronym: string; time_zone_name: string }; day: XmlDay[] } };
}

function eventsOf(days: XmlDay[]) {
  return days.flatMap((day) => (day.room ?? []).flatMap((room) => room.event.map((event) => ({ day: day["@_date"], roomName: room["@_name"], ...event }))));
}

describe("schedule.xml", () => {
  it("is valid against c3voc's schedule.xml.xsd, and the validator does reject a broken one", async () => {
    const { response, text } = await fetchExport("xml");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(await xsdErrors(text)).toEqual([]);
    // Without an event's required <duration> the same document must fail: the check is real.
    const broken = text.replace(/<duration>[^<]*<\/duration>/, "");
    expect(await xsdErrors(broken)).not.toEqual([]);
  });

  it("reads back as the released programme: days in the event's zone, rooms, titles, times", async () => {
    const { text } = await fetchExport("xml");
    const { schedule } = parseXml(text);
    expect(schedule.version).toBe(String(version));
    expect(schedule.conference).toMatchObject({ title: "Bilateral round table in Tsaghkadzor", time_zone_name: "Asia/Yerevan" });
    expect(schedule.day.map((d) => d["@_date"])).toEqual(["2026-02-13", "2026-02-14"]);
    expect(schedule.day[0]).toMatchObject({ "@_index": "1", "@_start": `2026-02-13T04:00:00${ZONE_OFFSET}`, "@_end": `2026-02-14T03:59:00${ZONE_OFFSET}` });
    const events = eventsOf(schedule.day);
    const session = events.find((e) => e.title === open.title)!;
    expect(session).toMatchObject({
      day: "2026-02-13",
      roomName: open.place,
      room: open.place,
      date: `2026-02-13T06:00:00${ZONE_OFFSET}`,
      start: "06:00",
      duration: "01:15",
      type: "thematic_session",
      language: "en",
      description: open.description,
      "@_guid": openId,
    });
    expect(Number(session["@_id"])).toBeGreaterThan(0);
    // The night session of the 14th, 00:30 local time, is on the 13th's frab day.
    expect(events.find((e) => e.title === night.title)).toMatchObject({ day: "2026-02-13", start: "00:30", date: `2026-02-14T00:30:00${ZONE_OFFSET}` });
    // The demo programme is there too, and a delegates-only item is not.
    expect(events.some((e) => e.title === "Final press conference")).toBe(true);
    expect(text).not.toContain(hidden.title);
    // Ids are unique and stable from one request to the next.
    expect(new Set(events.map((e) => e["@_id"])).size).toBe(events.length);
    const again = eventsOf(parseXml((await fetchExport("xml")).text).schedule.day);
    expect(again.map((e) => [e["@_guid"], e["@_id"]])).toEqual(events.map((e) => [e["@_guid"], e["@_id"]]));
  });

  it("names only people who consented to public listing, and never their contact details", async () => {
    const { text } = await fetchExport("xml");
    const session = eventsOf(parseXml(text).schedule.day).find((e) => e.title === open.title)!;
    const persons = session.persons === "" ? [] : session.persons.person;
    expect(persons.map((p) => p["#text"])).toEqual([listed.name]);
    expect(text).not.toContain(unlisted.name);
    for (const contact of [listed.email, unlisted.email, unlisted.phone]) if (contact) expect(text).not.toContain(contact);
    // A person's own record id is never published: the guid is derived from the event and the id.
    const [person] = persons;
    expect(text).not.toContain(listed.memberId);
    expect(person!["@_guid"]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("a consent withdrawn shows at once: the name is gone from the next export", async () => {
    const [member] = await db()
      .select({ id: delegationMembers.id })
      .from(delegationMembers)
      .innerJoin(people, eq(people.id, delegationMembers.personId))
      .where(and(eq(delegationMembers.delegationId, ids.delegations.Azerbaijan), eq(people.nameLatin, listed.name)));
    await db().update(delegationMembers).set({ consent: "none" }).where(eq(delegationMembers.id, member!.id));
    try {
      const { text } = await fetchExport("xml");
      expect(text).not.toContain(listed.name);
      expect(await xsdErrors(text)).toEqual([]);
    } finally {
      await db().update(delegationMembers).set({ consent: "public" }).where(eq(delegationMembers.id, member!.id));
    }
  });

  it("shows a closed-door item as a closed session only: no title, description, place or people", async () => {
    for (const query of ["", "?lang=hy"]) {
      const { text } = await fetchExport("xml", SLUG, query);
      for (const words of [secret.title, secret.armenian, secret.place, secret.description, "Security Council"]) expect(text).not.toContain(words);
      const closed = eventsOf(parseXml(text).schedule.day).find((e) => e["@_guid"] === secretId)!;
      expect(closed).toMatchObject({ type: "meeting_with_officials", start: "06:00", persons: "" });
      expect(closed.description).toBe("");
      expect(closed.title).toBe(query ? "Փակ նիստ" : "Closed session");
      expect(closed.room).toBe(closed.title);
    }
  });

  it("?lang=hy gives the Armenian title where there is one, and says which language", async () => {
    const { response, text } = await fetchExport("xml", SLUG, "?lang=hy");
    expect(await xsdErrors(text)).toEqual([]);
    const { schedule } = parseXml(text);
    expect(schedule.conference.title).toBe("Երկկողմ կլոր սեղան Ծաղկաձորում");
    const session = eventsOf(schedule.day).find((e) => e["@_guid"] === openId)!;
    expect(session).toMatchObject({ title: open.armenian, language: "hy" });
    expect(response.headers.get("content-language")).toBe("hy");
    // A language that is not one of the event's: its first language.
    const other = await fetchExport("xml", SLUG, "?lang=de");
    expect(eventsOf(parseXml(other.text).schedule.day).find((e) => e["@_guid"] === openId)).toMatchObject({ title: open.title, language: "en" });
  });

  it("is a 404 for a draft event and for an unknown one", async () => {
    for (const slug of [FOLLOW_UP_EVENT_SLUG, "no-such-event", "%00"]) {
      for (const format of ["xml", "json"] as const) {
        const { response, text } = await fetchExport(format, slug);
        expect(response.status).toBe(404);
        expect(response.headers.get("cache-control")).toBe("no-store");
        expect(text).not.toContain("Gabala");
      }
    }
  });
});

describe("schedule.json", () => {
  it("is valid against c3voc's schema.json, and the validator does reject a broken one", async () => {
    const { response, text } = await fetchExport("json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const validate = jsonValidator();
    const document = JSON.parse(text) as { schedule: { conference: { days: { rooms: Record<string, Record<string, unknown>[]> }[] } } };
    expect(validate(document), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const firstEvent = Object.values(document.schedule.conference.days[0]!.rooms)[0]![0]!;
    delete firstEvent.guid;
    expect(validate(document)).toBe(false);
  });

  it("carries the same schedule as the XML, and the same privacy", async () => {
    const [xml, json] = await Promise.all([fetchExport("xml", SLUG, "?lang=hy"), fetchExport("json", SLUG, "?lang=hy")]);
    expect(jsonValidator()(JSON.parse(json.text))).toBe(true);
    const { schedule } = JSON.parse(json.text) as {
      schedule: {
        version: string;
        conference: {
          days: {
            date: string;
            rooms: Record<
              string,
              { guid: string; id: number; title: string; start: string; duration: string; date: string; language: string; persons: { name: string }[] }[]
            >;
          }[];
        };
      };
    };
    expect(schedule.version).toBe(String(version));
    const fromJson = schedule.conference.days.flatMap((day) =>
      Object.entries(day.rooms).flatMap(([room, events]) => events.map((e) => [day.date, room, e.guid, String(e.id), e.title, e.date, e.start, e.duration])),
    );
    const fromXml = eventsOf(parseXml(xml.text).schedule.day).map((e) => [e.day, e.roomName, e["@_guid"], e["@_id"], e.title, e.date, e.start, e.duration]);
    expect(fromJson).toEqual(fromXml);
    const session = schedule.conference.days[0]!.rooms[open.place]!.find((e) => e.guid === openId)!;
    expect(session).toMatchObject({ title: open.armenian, language: "hy", persons: [{ name: listed.name }] });
    for (const words of [unlisted.name, unlisted.phone, secret.title, secret.armenian, secret.place, hidden.title]) expect(json.text).not.toContain(words);
    for (const email of [listed.email, unlisted.email]) if (email) expect(json.text).not.toContain(email);
  });
});
