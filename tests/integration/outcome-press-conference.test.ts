// Issue #19, point 7: the outcome takes its press conference from the agenda's press-conference
// item (time, place in the reader's language, speakers listed publicly), the last one when there
// are several; the outcome's own fields stand in only without one. "Embargo until the press
// conference" is refused on the server once that time has passed, or while it is unknown.
import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agendaItems, delegationMembers, outcomeRevisions, outcomes, people } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { listReleasesForOrganizer, releaseAgenda } from "@/lib/agenda/releases";
import { getOutcomeComposition, saveOutcomeComposition } from "@/lib/outcomes/composition";
import { getPublishedOutcome, publishOutcome, saveOutcomeDraft } from "@/lib/outcomes/queries";
import { memberByEmail, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;
let pressItemId: string;
let rauf: Awaited<ReturnType<typeof memberByEmail>>;
let ani: Awaited<ReturnType<typeof memberByEmail>>;

async function version() {
  const [row] = await db().select({ version: outcomes.version }).from(outcomes).where(eq(outcomes.eventId, ids.eventId));
  return row!.version;
}

async function revisionCount() {
  const rows = await db()
    .select({ revision: outcomeRevisions.revision })
    .from(outcomeRevisions)
    .innerJoin(outcomes, eq(outcomes.id, outcomeRevisions.outcomeId))
    .where(eq(outcomes.eventId, ids.eventId));
  return rows.length;
}

const publish = async (extra: { untilPressConference?: boolean; publishAt?: Date | null } = {}) =>
  publishOutcome(organizer, ids.eventId, { note: "", version: await version(), anyway: true, reason: "Signed on paper", publishAt: null, ...extra });

async function nameOf(personId: string) {
  const [person] = await db().select({ name: people.nameLatin }).from(people).where(eq(people.id, personId));
  return person!.name;
}

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  const [press] = await db()
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.eventId, ids.eventId), eq(agendaItems.kind, "press_conference"), isNull(agendaItems.deletedAt)));
  pressItemId = press!.id;
  // The place has a Russian version; one speaker is listed publicly, the other for delegates only.
  await db()
    .update(agendaItems)
    .set({ translations: { ru: { title: "Итоговая пресс-конференция", place: "Главный зал" } } })
    .where(eq(agendaItems.id, pressItemId));
  rauf = await memberByEmail(db(), ids.eventId, "rauf.huseynov@example.org");
  ani = await memberByEmail(db(), ids.eventId, "ani.petrosyan@example.org");
  await db().update(delegationMembers).set({ consent: "public" }).where(eq(delegationMembers.id, rauf.id));
  await db().update(delegationMembers).set({ consent: "delegates" }).where(eq(delegationMembers.id, ani.id));
  expect((await saveOutcomeDraft(organizer, ids.eventId, { version: await version(), statements: [{ language: "en", text: "Joint statement." }] })).ok).toBe(
    true,
  );
});

describe("the outcome's press conference comes from the agenda", () => {
  it("is the agenda item's time, place in the reader's language, and its publicly listed speakers", async () => {
    const composition = await getOutcomeComposition(organizer, ids.eventId, "ru");
    expect(composition!.agendaPress).toEqual({
      itemId: pressItemId,
      count: 1,
      // 15:30 in Tsaghkadzor (Asia/Yerevan, UTC+4) on the demo's last day.
      startsAt: "2026-02-14T11:30:00.000Z",
      place: "Главный зал",
      placeShownIn: {},
      speakers: [{ name: await nameOf(rauf.personId), partyName: "Azerbaijan" }],
      hidden: [{ role: "speaker", partyName: "Armenia", count: 1 }],
    });
    // A reader without a version of the place gets the first language's, marked as such.
    const inAzerbaijani = await getOutcomeComposition(organizer, ids.eventId, "az");
    expect(inAzerbaijani!.agendaPress).toMatchObject({ place: "Main hall", placeShownIn: { place: "en" } });
  });

  it("is written into the outcome on save: the typed fields are not used while the agenda has one", async () => {
    const saved = await saveOutcomeComposition(organizer, ids.eventId, {
      version: await version(),
      pressConference: { startsAt: "2030-01-01T10:00:00.000Z", place: "Typed hall", speakerIds: [] },
      links: [],
      wording: {},
    });
    expect(saved.ok).toBe(true);
    const [row] = await db().select({ press: outcomes.pressConference }).from(outcomes).where(eq(outcomes.eventId, ids.eventId));
    expect(row!.press).toEqual({ startsAt: "2026-02-14T11:30:00.000Z", place: "Main hall", speakerIds: expect.arrayContaining([rauf.personId, ani.personId]) });
  });

  it("takes the last of several press conferences, and counts them", async () => {
    const [first] = await db().select({ startsAt: agendaItems.startsAt, endsAt: agendaItems.endsAt }).from(agendaItems).where(eq(agendaItems.id, pressItemId));
    const [earlier] = await db()
      .insert(agendaItems)
      .values({
        eventId: ids.eventId,
        kind: "press_conference",
        title: "Midway briefing",
        place: "Lobby",
        startsAt: new Date(first!.startsAt.getTime() - 24 * 3600_000),
        endsAt: new Date(first!.endsAt.getTime() - 24 * 3600_000),
        visibility: "public",
      })
      .returning({ id: agendaItems.id });
    const composition = await getOutcomeComposition(organizer, ids.eventId, "en");
    expect(composition!.agendaPress).toMatchObject({ itemId: pressItemId, count: 2, place: "Main hall" });
    await db().delete(agendaItems).where(eq(agendaItems.id, earlier!.id));
  });

  it("never takes a press conference the public may not see: the outcome would publish its time and place", async () => {
    const [first] = await db().select({ startsAt: agendaItems.startsAt, endsAt: agendaItems.endsAt }).from(agendaItems).where(eq(agendaItems.id, pressItemId));
    const [later] = await db()
      .insert(agendaItems)
      .values({
        eventId: ids.eventId,
        kind: "press_conference",
        title: "Organizers' rehearsal",
        place: "Back office",
        startsAt: new Date(first!.startsAt.getTime() + 3600_000),
        endsAt: new Date(first!.endsAt.getTime() + 3600_000),
        visibility: "organizers",
      })
      .returning({ id: agendaItems.id });
    try {
      const composition = await getOutcomeComposition(organizer, ids.eventId, "en");
      expect(composition!.agendaPress).toMatchObject({ itemId: pressItemId, count: 1, place: "Main hall" });
      expect(composition!.hiddenAgendaPress).toBeNull();
      // With no public one left, none is taken, and the page is told which one is not public.
      await db().update(agendaItems).set({ visibility: "delegates" }).where(eq(agendaItems.id, pressItemId));
      const hidden = await getOutcomeComposition(organizer, ids.eventId, "en");
      expect(hidden!.agendaPress).toBeNull();
      expect(hidden!.hiddenAgendaPress).toEqual({ itemId: later!.id });
    } finally {
      await db().update(agendaItems).set({ visibility: "public" }).where(eq(agendaItems.id, pressItemId));
      await db().delete(agendaItems).where(eq(agendaItems.id, later!.id));
    }
  });
});

describe("the public reads the press conference as published", () => {
  it("in the reader's language from the released programme, never an unreleased edit", async () => {
    const { nextVersion } = (await listReleasesForOrganizer(organizer, ids.eventId))!;
    expect(await releaseAgenda(organizer, ids.eventId, { note: "Russian place", expectedVersion: nextVersion })).toMatchObject({ ok: true });
    expect(await publish()).toMatchObject({ ok: true, value: { scheduled: false } });
    const inRussian = await getPublishedOutcome(ids.eventId, new Date(), "ru");
    expect(inRussian!.pressConference).toMatchObject({ startsAt: "2026-02-14T11:30:00.000Z", place: "Главный зал" });
    expect(inRussian!.speakers).toEqual([{ name: await nameOf(rauf.personId), partyName: "Azerbaijan" }]);

    // An edit of the item, not released, never reaches the published outcome.
    await db()
      .update(agendaItems)
      .set({ place: "Secret annex", translations: { ru: { place: "Секретная пристройка" } } })
      .where(eq(agendaItems.id, pressItemId));
    try {
      const unchanged = await getPublishedOutcome(ids.eventId, new Date(), "ru");
      expect(unchanged!.pressConference).toMatchObject({ place: "Главный зал" });
      expect(JSON.stringify(unchanged)).not.toMatch(/Secret annex|Секретная/);
    } finally {
      await db()
        .update(agendaItems)
        .set({ place: "Main hall", translations: { ru: { title: "Итоговая пресс-конференция", place: "Главный зал" } } })
        .where(eq(agendaItems.id, pressItemId));
      await db().delete(outcomeRevisions);
    }
  });
});

describe("embargo until the press conference", () => {
  it("is refused beside its field once the press conference has passed, and nothing is published", async () => {
    expect(await publish({ untilPressConference: true })).toEqual({ ok: false, reason: "pressConferencePassed", field: "untilPressConference" });
    expect(await revisionCount()).toBe(0);
  });

  it("schedules the publication for the press conference while it is to come, with the agenda's press conference in it", async () => {
    const startsAt = new Date(Date.now() + 2 * 24 * 3600_000);
    startsAt.setUTCSeconds(0, 0);
    await db()
      .update(agendaItems)
      .set({ startsAt, endsAt: new Date(startsAt.getTime() + 3600_000) })
      .where(eq(agendaItems.id, pressItemId));
    // A time typed in the other field does not win over the press conference.
    const result = await publish({ untilPressConference: true, publishAt: new Date(Date.now() + 3600_000) });
    expect(result).toEqual({ ok: true, value: { revision: 1, scheduled: true } });
    const [revision] = await db()
      .select({ publishedAt: outcomeRevisions.publishedAt, press: outcomeRevisions.pressConference })
      .from(outcomeRevisions)
      .innerJoin(outcomes, eq(outcomes.id, outcomeRevisions.outcomeId))
      .where(eq(outcomes.eventId, ids.eventId));
    expect(revision!.publishedAt).toEqual(startsAt);
    expect(revision!.press).toMatchObject({ startsAt: startsAt.toISOString(), place: "Main hall" });

    // The public reads the press conference as published once the embargo ends. Its place would be
    // in the reader's language only from the released programme, which still has the old time:
    // the Russian reader gets the place as published.
    const after = new Date(startsAt.getTime() + 60_000);
    expect(await getPublishedOutcome(ids.eventId)).toBeNull();
    const inRussian = await getPublishedOutcome(ids.eventId, after, "ru");
    expect(inRussian!.pressConference).toMatchObject({ startsAt: startsAt.toISOString(), place: "Main hall" });
    expect(inRussian!.speakers).toEqual([{ name: await nameOf(rauf.personId), partyName: "Azerbaijan" }]);
  });

  it("is refused while there is no press-conference time at all", async () => {
    await db().delete(outcomeRevisions);
    await db().update(agendaItems).set({ deletedAt: new Date() }).where(eq(agendaItems.id, pressItemId));
    await db()
      .update(outcomes)
      .set({ pressConference: { startsAt: null, place: "", speakerIds: [] } })
      .where(eq(outcomes.eventId, ids.eventId));
    expect(await publish({ untilPressConference: true })).toEqual({ ok: false, reason: "pressConferenceUnknown", field: "untilPressConference" });
    expect(await revisionCount()).toBe(0);
    // Without one on the agenda the outcome's own time counts: a time to come can be taken.
    const typed = new Date(Date.now() + 24 * 3600_000);
    await db()
      .update(outcomes)
      .set({ pressConference: { startsAt: typed.toISOString(), place: "Typed hall", speakerIds: [] } })
      .where(eq(outcomes.eventId, ids.eventId));
    expect(await publish({ untilPressConference: true })).toMatchObject({ ok: true, value: { scheduled: true } });
    const [scheduled] = await db()
      .select({ publishedAt: outcomeRevisions.publishedAt })
      .from(outcomeRevisions)
      .innerJoin(outcomes, eq(outcomes.id, outcomeRevisions.outcomeId))
      .where(eq(outcomes.eventId, ids.eventId));
    expect(scheduled!.publishedAt).toEqual(typed);
    expect(await getOutcomeComposition(organizer, ids.eventId, "en")).toMatchObject({ agendaPress: null });
  });
});
