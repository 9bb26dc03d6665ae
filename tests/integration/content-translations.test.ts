// Multilingual content (issue #15 point 2): what organizers type, in each working language of the
// event. The demo event works in en (its first language), ru, az and hy. Versions are released with
// the agenda (a new translation is a change), and every reader — the public programme, a
// delegate's schedule and calendar, the event's own title — gets their language where a version
// exists, else the first language's text marked as shown in it.
import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agendaItems, agendaReleases, events, outcomeRevisions, outcomes } from "@/db/schema";
import { changelogFor, changesInLanguage } from "@/lib/agenda/changelog";
import { createAgendaItem, getAgendaItemForOrganizer, updateAgendaItem } from "@/lib/agenda/queries";
import { listReleasesForOrganizer, releaseAgenda } from "@/lib/agenda/releases";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getPublicEvent, listPublicEvents } from "@/lib/events/queries";
import { getPublicInitiative, listPublishedOutcomes } from "@/lib/outcomes/public";
import { DEMO_INITIATIVE_SLUG } from "@/db/seed/demo";
import { getEventTranslations, updateEventTranslations } from "@/lib/events/translations";
import { getPublicProgrammeDay } from "@/lib/public-event/programme";
import { getPersonalSchedule } from "@/lib/schedule/personal";
import { getScheduleDays } from "@/lib/schedule/schedule-day";
import { itemToFormValues } from "@/lib/agenda/item-form-values";
import { agendaItem, createTestEvent, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();
let ids: DemoIds;
let organizer: OrganizerViewer;
const SLUG = "peace-bridge-tsaghkadzor-2026";
const DAY = "2026-02-13";
const LANGUAGES = ["en", "ru", "az", "hy"];
const AFTER = new Date("2026-12-04T12:00:00Z");
const programmeEvent = () => ({ id: ids.eventId, timeZone: "Asia/Yerevan", languages: LANGUAGES });

const title = unique("Water and the border villages");
const armenianTitle = "Ջուրը և սահմանամերձ գյուղերը";
const azerbaijaniPlace = "Böyük zal, ikinci mərtəbə";
const secret = { title: unique("Closed-door talk"), hy: "Գաղտնի զրույց", az: "Qapalı söhbət", place_hy: "Փակ սենյակ" };
let itemId: string;

async function release(note: string) {
  const { nextVersion } = (await listReleasesForOrganizer(organizer, ids.eventId))!;
  return releaseAgenda(organizer, ids.eventId, { note, expectedVersion: nextVersion });
}

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  const created = await createAgendaItem(
    organizer,
    ids.eventId,
    agendaItem({
      title,
      place: "Main hall",
      day: DAY,
      startTime: "08:00",
      endTime: "08:45",
      title_hy: armenianTitle,
      place_az: azerbaijaniPlace,
      title_en: "dropped: the source",
    }),
  );
  if (!created.ok) throw new Error("item not created");
  itemId = created.value.id;
  const closed = await createAgendaItem(
    organizer,
    ids.eventId,
    agendaItem({
      title: secret.title,
      day: DAY,
      startTime: "07:00",
      endTime: "07:45",
      closedDoor: true,
      title_hy: secret.hy,
      title_az: secret.az,
      place_hy: secret.place_hy,
    }),
  );
  if (!closed.ok) throw new Error("closed item not created");
  expect((await release("with translations")).ok).toBe(true);
});

describe("saving versions", () => {
  it("stores the versions of the event's other languages only, and gives them back to the form", async () => {
    const [row] = await db().select({ translations: agendaItems.translations }).from(agendaItems).where(eq(agendaItems.id, itemId));
    expect(row!.translations).toEqual({ az: { place: azerbaijaniPlace }, hy: { title: armenianTitle } });
    const found = await getAgendaItemForOrganizer(organizer, ids.eventId, itemId);
    expect(itemToFormValues(found!.item, "Asia/Yerevan").translations).toEqual({ title_hy: armenianTitle, place_az: azerbaijaniPlace });
  });
});

describe("the public programme in the reader's language", () => {
  it("gives an Armenian reader the Armenian title, and the English place marked as English", async () => {
    const day = await getPublicProgrammeDay(programmeEvent(), DAY, { reader: "hy", size: 100 });
    const shown = day!.items.find((item) => item.id === itemId)!;
    expect(shown).toMatchObject({ title: armenianTitle, place: "Main hall", shownIn: { place: "en" } });
  });

  it("gives an Azerbaijani reader the Azerbaijani place and the English title marked, and an English reader the source unmarked", async () => {
    const az = (await getPublicProgrammeDay(programmeEvent(), DAY, { reader: "az", size: 100 }))!.items.find((item) => item.id === itemId)!;
    expect(az).toMatchObject({ title, place: azerbaijaniPlace, shownIn: { title: "en" } });
    const en = (await getPublicProgrammeDay(programmeEvent(), DAY, { reader: "en", size: 100 }))!.items.find((item) => item.id === itemId)!;
    expect(en).toMatchObject({ title, place: "Main hall", shownIn: {} });
  });

  it("never shows a closed-door item's title in any language to the public", async () => {
    for (const reader of LANGUAGES) {
      const day = await getPublicProgrammeDay(programmeEvent(), DAY, { reader, size: 100 });
      const text = JSON.stringify(day);
      for (const words of [secret.title, secret.hy, secret.az, secret.place_hy]) expect(text).not.toContain(words);
    }
  });
});

describe("a delegate's schedule and calendar in the reader's language", () => {
  it("gives the day's entries in the delegate's language, closed-door titles included (delegates may read them)", async () => {
    const [day] = await getScheduleDays([ids.delegatePersonId], { day: DAY, since: null }, AFTER, "hy");
    const entry = day!.entries.find((e) => e.id === itemId)!;
    expect(entry).toMatchObject({ title: armenianTitle, shownIn: { place: "en" } });
    expect(day!.entries.find((e) => e.title === secret.hy)).toBeDefined();
    const [ru] = await getScheduleDays([ids.delegatePersonId], { day: DAY, since: null }, AFTER, "ru");
    expect(ru!.entries.find((e) => e.id === itemId)).toMatchObject({ title, shownIn: { title: "en", place: "en" } });
  });

  it("writes the calendar in the reader's language", async () => {
    const [schedule] = await getPersonalSchedule(ids.delegatePersonId, { reader: "az" });
    expect(schedule!.entries.find((e) => e.id === itemId)).toMatchObject({ title, place: azerbaijaniPlace });
  });
});

describe("releases treat a translation as a change", () => {
  it("releases a change made only to a translation, and lists it as a title change for its language", async () => {
    const found = await getAgendaItemForOrganizer(organizer, ids.eventId, itemId);
    const values = itemToFormValues(found!.item, "Asia/Yerevan");
    const newArmenian = "Ջուրը և սահմանամերձ բնակավայրերը";
    const saved = await updateAgendaItem(
      organizer,
      ids.eventId,
      itemId,
      agendaItem({ ...values, kind: "thematic_session", visibility: "public", ...values.translations, title_hy: newArmenian }),
      found!.item.version,
    );
    expect(saved.ok).toBe(true);
    const released = await release("Armenian title corrected");
    expect(released.ok).toBe(true);
    const { releases } = (await listReleasesForOrganizer(organizer, ids.eventId))!;
    expect(releases[0]!.changes).toEqual([expect.objectContaining({ type: "changed", fields: ["title"], item: expect.objectContaining({ id: itemId }) })]);
    // For the public, as readers of Armenian read it: their title changed, from the old version.
    const [latest, previous] = await db()
      .select({ items: agendaReleases.items })
      .from(agendaReleases)
      .where(eq(agendaReleases.eventId, ids.eventId))
      .orderBy(desc(agendaReleases.version))
      .limit(2);
    const [forArmenian] = changesInLanguage(changelogFor(previous!.items, latest!.items, "public"), "hy", LANGUAGES);
    expect(forArmenian).toMatchObject({ type: "changed", fields: ["title"], item: { title: newArmenian }, before: { title: armenianTitle } });
    expect(changesInLanguage(changelogFor(previous!.items, latest!.items, "public"), "en", LANGUAGES)).toEqual([]);
    const day = await getPublicProgrammeDay(programmeEvent(), DAY, { reader: "hy", size: 100 });
    expect(day!.items.find((item) => item.id === itemId)!.title).toBe(newArmenian);
  });

  it("refuses to release again when nothing changed in any language", async () => {
    expect(await release("nothing")).toMatchObject({ ok: false, reason: "releases.nothingChanged" });
  });
});

describe("the event's own title, venue and city", () => {
  it("saves versions of the event's languages, and the public event page reads them in the reader's language", async () => {
    const before = (await getEventTranslations(organizer, ids.eventId))!;
    const saved = await updateEventTranslations(organizer, ids.eventId, {
      version: before.version,
      title_hy: "Խաղաղության կամուրջ",
      city_az: "Tsaxkadzor",
      title_ru: "Мост мира",
    });
    expect(saved.ok).toBe(true);
    const hy = await getPublicEvent(SLUG, "hy");
    expect(hy).toMatchObject({ title: "Խաղաղության կամուրջ", shownIn: { venueName: "en", city: "en" } });
    expect(await getPublicEvent(SLUG, "az")).toMatchObject({ city: "Tsaxkadzor", shownIn: { title: "en", venueName: "en" } });
    expect(await getPublicEvent(SLUG, "ru")).toMatchObject({ title: "Мост мира" });
    const [schedule] = await getScheduleDays([ids.delegatePersonId], { day: DAY, since: null }, AFTER, "hy");
    expect(schedule!.title).toBe("Խաղաղության կամուրջ");
  });

  it("lists the event in the reader's language on the home page, the initiative's archive and the outcomes, and finds it by its Armenian title", async () => {
    expect((await listPublicEvents("hy")).find((e) => e.slug === SLUG)).toMatchObject({
      title: "Խաղաղության կամուրջ",
      city: "Tsaghkadzor",
      shownIn: { city: "en" },
    });
    expect((await listPublicEvents("en")).find((e) => e.slug === SLUG)).toMatchObject({ title: "Bilateral round table in Tsaghkadzor", shownIn: {} });
    const initiative = await getPublicInitiative(DEMO_INITIATIVE_SLUG, undefined, "az");
    expect(initiative!.events.find((e) => e.slug === SLUG)).toMatchObject({
      title: "Bilateral round table in Tsaghkadzor",
      city: "Tsaxkadzor",
      shownIn: { title: "en" },
    });
    const [outcome] = await db().select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.eventId, ids.eventId));
    await db()
      .insert(outcomeRevisions)
      .values({
        outcomeId: outcome!.id,
        revision: 1,
        publishedAt: new Date(Date.now() - 60_000),
        statements: [{ language: "en", text: "The delegations agreed." }],
      });
    expect((await listPublishedOutcomes({ reader: "hy" })).map((o) => o.title)).toEqual(["Խաղաղության կամուրջ"]);
    expect((await listPublishedOutcomes({ query: "կամուրջ", reader: "ru" })).map((o) => o.title)).toEqual(["Мост мира"]);
    expect(await listPublishedOutcomes({ query: "Water under the bridge" })).toEqual([]);
  });

  it("refuses a save over someone else's, overwriting nothing", async () => {
    const current = (await getEventTranslations(organizer, ids.eventId))!;
    const stale = await updateEventTranslations(organizer, ids.eventId, { version: current.version - 1, title_hy: "Overwritten" });
    expect(stale).toMatchObject({ ok: false, reason: "eventTranslations.savedMeanwhile" });
    const [row] = await db().select({ translations: events.translations }).from(events).where(eq(events.id, ids.eventId));
    expect(row!.translations.hy?.title).toBe("Խաղաղության կամուրջ");
  });
});

describe("the language an event is written in", () => {
  it("is stored as the event's first language, whatever order the languages were ticked in", async () => {
    const eventId = await createTestEvent(organizer, ids, { title: "Written in English", languages: ["az", "hy", "en"], firstLanguage: "en" });
    const [row] = await db().select({ languages: events.languages }).from(events).where(eq(events.id, eventId));
    expect(row!.languages).toEqual(["en", "az", "hy"]);
  });
});
