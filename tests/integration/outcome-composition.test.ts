// Issue #7, point 1: beside the statement, the outcome carries the press conference (when, where,
// who speaks for each party), links, and the adopted recommendations in the outcome's wording.
// Speakers are named publicly only with public listing consent, read at the time of reading.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agendaItems, delegationMembers, outcomes, people, recommendations } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getOutcomeComposition, saveOutcomeComposition } from "@/lib/outcomes/composition";
import { getPublishedOutcome, publishOutcome } from "@/lib/outcomes/queries";
import { setRecommendationAdopted } from "@/lib/records/board";
import { memberByEmail, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;

async function version() {
  const [row] = await db().select({ version: outcomes.version }).from(outcomes).where(eq(outcomes.eventId, ids.eventId));
  return row!.version;
}

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  // The outcome's own press-conference fields stand only while the agenda has no press conference
  // (with one, the outcome takes it: tests/integration/outcome-press-conference.test.ts).
  await db()
    .update(agendaItems)
    .set({ deletedAt: new Date() })
    .where(and(eq(agendaItems.eventId, ids.eventId), eq(agendaItems.kind, "press_conference")));
});

describe("outcome composition", () => {
  it("saves the press conference, links and wording; drops speakers from elsewhere and wording of recommendations not adopted", async () => {
    const [first, second] = await db()
      .select({ id: recommendations.id, text: recommendations.text })
      .from(recommendations)
      .where(eq(recommendations.eventId, ids.eventId))
      .orderBy(recommendations.position)
      .limit(2);
    expect((await setRecommendationAdopted(organizer, ids.eventId, first!.id, true)).ok).toBe(true);
    const head = await memberByEmail(db(), ids.eventId, "rauf.huseynov@example.org");
    const [stranger] = await db()
      .insert(people)
      .values({ initiativeId: ids.initiativeId, nameLatin: "Not of this event", sector: "other" })
      .returning({ id: people.id });
    const result = await saveOutcomeComposition(organizer, ids.eventId, {
      version: await version(),
      pressConference: { startsAt: "2026-02-14T12:00:00.000Z", place: "Press hall", speakerIds: [head.personId, stranger!.id] },
      links: [{ label: "Photos", url: "https://photos.example.org/" }],
      wording: { [first!.id]: "Hold the round tables twice a year.", [second!.id]: "Not adopted: never used", [randomUUID()]: "Unknown" },
    });
    expect(result.ok).toBe(true);
    const composition = await getOutcomeComposition(organizer, ids.eventId);
    expect(composition!.outcome).toMatchObject({
      pressConference: { place: "Press hall", speakerIds: [head.personId] },
      links: [{ label: "Photos", url: "https://photos.example.org/" }],
      wording: { [first!.id]: "Hold the round tables twice a year." },
    });
    expect(composition!.adopted.map((r) => r.id)).toEqual([first!.id]);
  });

  it("refuses a save over someone else's", async () => {
    const stale = (await version()) - 1;
    expect(
      await saveOutcomeComposition(organizer, ids.eventId, {
        version: stale,
        pressConference: { startsAt: null, place: "X", speakerIds: [] },
        links: [],
        wording: {},
      }),
    ).toEqual({
      ok: false,
      reason: "errors.conflict",
    });
  });

  it("publishes them with the statement; the public reads a speaker's name only while they consent to a public listing", async () => {
    const head = await memberByEmail(db(), ids.eventId, "rauf.huseynov@example.org");
    await db().update(delegationMembers).set({ consent: "public" }).where(eq(delegationMembers.id, head.id));
    const published = await publishOutcome(organizer, ids.eventId, {
      note: "",
      version: await version(),
      anyway: true,
      reason: "Signed on paper",
      publishAt: null,
    });
    expect(published.ok).toBe(true);
    const outcome = await getPublishedOutcome(ids.eventId);
    expect(outcome!.recommendations).toEqual([{ theme: "trust_building", text: "Hold the round tables twice a year." }]);
    expect(outcome!.links).toEqual([{ label: "Photos", url: "https://photos.example.org/" }]);
    expect(outcome!.pressConference).toMatchObject({ startsAt: "2026-02-14T12:00:00.000Z", place: "Press hall" });
    const [person] = await db().select({ name: people.nameLatin }).from(people).where(eq(people.id, head.personId));
    expect(outcome!.speakers).toEqual([{ name: person!.name, partyName: "Azerbaijan" }]);

    await db().update(delegationMembers).set({ consent: "delegates" }).where(eq(delegationMembers.id, head.id));
    expect((await getPublishedOutcome(ids.eventId))!.speakers).toEqual([]);
  });
});
