// Issue #15, point 2 (recommendation texts) and point 4 (integration tests for translated content):
// a recommendation carries a version per working language of the event. A translation edit is a
// save like any other (a revision), withdraws the sign-off of the language version it changes,
// the published revision freezes every version, and a reader gets their language's text or the
// first language's, marked. Real PostgreSQL; nothing mocked.
import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agendaItems, outcomeRevisions, recommendations, recordRevisions, records } from "@/db/schema";
import { COOPERATION_SESSION_TITLE } from "@/db/seed/demo-agenda";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import { saveOutcomeComposition } from "@/lib/outcomes/composition";
import { getOutcomeForOrganizer, getPublishedOutcome, publishOutcome, saveOutcomeDraft } from "@/lib/outcomes/queries";
import { getSignOffOverview, listSignOffsForDelegate, signOffStatement } from "@/lib/outcomes/sign-off";
import { setRecommendationAdopted } from "@/lib/records/board";
import { recordSaveInput, type RecommendationDraft, type RecordDraft } from "@/lib/records/draft";
import { getRecordEditor } from "@/lib/records/queries";
import { listFinalRecords } from "@/lib/records/reading";
import { finalizeRecord, saveRecord } from "@/lib/records/save";
import { createDelegateAccount, memberByEmail, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;
let azHead: DelegateViewer;
let amHead: DelegateViewer;
let itemId: string;
const key = randomUUID();

const EN = "Open a joint newsroom for journalists of both societies.";
const RU = "Открыть общую редакцию для журналистов обоих обществ.";
const RU_EDITED = "Создать общую редакцию для журналистов обоих обществ.";
const HY = "Բացել համատեղ խմբագրություն երկու հասարակությունների լրագրողների համար։";

async function editor() {
  const data = await getRecordEditor(organizer, itemId);
  return { version: data!.scope.version, draft: data!.draft };
}

/** Saves the record with our recommendation's versions as given, on the version it reads. */
async function saveVersions(translations: RecommendationDraft["translations"]) {
  const { version, draft } = await editor();
  const others = draft.recommendations.filter((r) => r.key !== key);
  const next: RecordDraft = { ...draft, recommendations: [...others, { key, theme: "public_diplomacy", text: EN, translations }] };
  const result = await saveRecord(organizer, itemId, { baseVersion: version, saveId: randomUUID(), draft: next });
  expect(result.kind).toBe("saved");
  return result.kind === "saved" ? result.version : -1;
}

async function ourRecommendation() {
  const [row] = await db()
    .select({ id: recommendations.id, text: recommendations.text, translations: recommendations.translations })
    .from(recommendations)
    .where(eq(recommendations.idempotencyKey, key));
  return row!;
}

/** Signs every language version the signatory is shown, with the hash of what they read. */
async function signAll(viewer: DelegateViewer) {
  const [mine] = (await listSignOffsForDelegate(viewer)).filter((o) => o.eventId === ids.eventId);
  for (const version of mine!.versions) {
    if (!version.signed) expect(await signOffStatement(viewer, ids.eventId, version.language, version.hash)).toEqual({ ok: true, value: undefined });
  }
}

/** Per language version of the statement: whether every party's sign-off holds. */
async function signedByAll() {
  const overview = await getSignOffOverview(organizer, ids.eventId);
  return Object.fromEntries(overview!.matrix.map((line) => [line.language, line.cells.every((c) => c.signed)]));
}

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  azHead = await createDelegateAccount(db(), (await memberByEmail(db(), ids.eventId, "rauf.huseynov@example.org")).personId);
  amHead = await createDelegateAccount(db(), (await memberByEmail(db(), ids.eventId, "ani.petrosyan@example.org")).personId);
  const [item] = await db()
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.eventId, ids.eventId), eq(agendaItems.title, COOPERATION_SESSION_TITLE)));
  itemId = item!.id;
});

describe("a recommendation in the event's working languages", () => {
  it("refuses a version in a language that is not a working language, next to the draft", () => {
    const parsed = recordSaveInput.safeParse({
      baseVersion: 1,
      saveId: randomUUID(),
      draft: { ...EMPTY, recommendations: [{ key, theme: "security", text: EN, translations: { fr: { text: "Ouvrir" } } }] },
    });
    expect(parsed.success).toBe(false);
  });

  it("keeps the versions in the event's other languages, as a revision; the first language's own text stays the record's column", async () => {
    const before = await editor();
    // The event's first language is English: a version "in English" is not another language's, and is dropped.
    const version = await saveVersions({ ru: { text: `  ${RU}  ` }, en: { text: "Dropped" } });
    expect(version).toBe(before.version + 1);
    expect(await ourRecommendation()).toMatchObject({ text: EN, translations: { ru: { text: RU } } });
    const [recordRow] = await db().select({ id: records.id }).from(records).where(eq(records.agendaItemId, itemId));
    const [revision] = await db()
      .select({ revision: recordRevisions.revision, details: recordRevisions.details })
      .from(recordRevisions)
      .where(eq(recordRevisions.recordId, recordRow!.id))
      .orderBy(desc(recordRevisions.revision))
      .limit(1);
    expect(revision!.revision).toBe(version);
    const saved = (revision!.details.recommendations as RecommendationDraft[]).find((r) => r.key === key);
    expect(saved?.translations).toEqual({ ru: { text: `  ${RU}  ` } });
    // The editor reads it back, versions included.
    expect((await editor()).draft.recommendations.find((r) => r.key === key)?.translations).toEqual({ ru: { text: RU } });
  });

  it("a translation edit alone is a new revision, and withdraws the sign-off of that language version only", async () => {
    const rec = await ourRecommendation();
    expect((await setRecommendationAdopted(organizer, ids.eventId, rec.id, true)).ok).toBe(true);
    const data = await getOutcomeForOrganizer(organizer, ids.eventId);
    const saved = await saveOutcomeDraft(organizer, ids.eventId, {
      version: data!.outcome?.version ?? 1,
      statements: [
        { language: "en", text: "The delegations agreed on practical steps." },
        { language: "ru", text: "Делегации договорились о практических шагах." },
      ],
    });
    expect(saved.ok).toBe(true);
    // The signatory reads the recommendation in the version's language.
    const [shown] = (await listSignOffsForDelegate(azHead)).filter((o) => o.eventId === ids.eventId);
    expect(shown!.versions.find((v) => v.language === "ru")!.recommendations).toEqual([{ theme: "public_diplomacy", text: RU }]);
    expect(shown!.versions.find((v) => v.language === "en")!.recommendations).toEqual([{ theme: "public_diplomacy", text: EN }]);
    await signAll(azHead);
    await signAll(amHead);
    expect(await signedByAll()).toEqual({ en: true, ru: true });
    const staleRuHash = shown!.versions.find((v) => v.language === "ru")!.hash;

    const before = (await editor()).version;
    const after = await saveVersions({ ru: { text: RU_EDITED } });
    expect(after).toBe(before + 1);
    expect((await ourRecommendation()).text).toBe(EN);
    // The Russian version publishes another text now: its sign-offs no longer hold; the English one's do.
    expect(await signedByAll()).toEqual({ en: true, ru: false });
    expect(await signOffStatement(azHead, ids.eventId, "ru", staleRuHash)).toEqual({ ok: false, reason: "signOff.changedMeanwhile" });
    const publish = await publishOutcome(organizer, ids.eventId, {
      note: "",
      version: (await getOutcomeForOrganizer(organizer, ids.eventId))!.outcome!.version,
      anyway: false,
      reason: "",
      publishAt: null,
    });
    expect(publish).toEqual({ ok: false, reason: "outcomePublish.notJointlySigned" });

    // A version in a language no statement is written in changes no sign-off of the others.
    await signAll(azHead);
    await signAll(amHead);
    await saveVersions({ ru: { text: RU_EDITED }, hy: { text: HY } });
    expect(await signedByAll()).toEqual({ en: true, ru: true });
  });

  it("the outcome's own wording in a language withdraws that version's sign-off too", async () => {
    const rec = await ourRecommendation();
    const data = await getOutcomeForOrganizer(organizer, ids.eventId);
    const result = await saveOutcomeComposition(organizer, ids.eventId, {
      version: data!.outcome!.version,
      pressConference: { startsAt: null, place: "", speakerIds: [] },
      links: [],
      wording: { [`${rec.id}:ru`]: "Учредить общую редакцию.", [`${rec.id}:fr`]: "Pas une langue de l'événement" },
    });
    expect(result.ok).toBe(true);
    expect(await signedByAll()).toEqual({ en: true, ru: false });
    // Back to the record's wording: what both signed holds again.
    const again = await getOutcomeForOrganizer(organizer, ids.eventId);
    expect(
      (
        await saveOutcomeComposition(organizer, ids.eventId, {
          version: again!.outcome!.version,
          pressConference: { startsAt: null, place: "", speakerIds: [] },
          links: [],
          wording: {},
        })
      ).ok,
    ).toBe(true);
    expect(await signedByAll()).toEqual({ en: true, ru: true });
  });

  it("publication freezes every version; readers get their language or the first language's, marked", async () => {
    const data = await getOutcomeForOrganizer(organizer, ids.eventId);
    const published = await publishOutcome(organizer, ids.eventId, { note: "", version: data!.outcome!.version, anyway: false, reason: "", publishAt: null });
    expect(published).toEqual({ ok: true, value: { revision: 1, scheduled: false } });
    const [snapshot] = await db().select({ recommendations: outcomeRevisions.recommendations }).from(outcomeRevisions);
    expect(snapshot!.recommendations).toEqual([
      { theme: "public_diplomacy", text: EN, lang: "en", translations: { hy: { text: HY }, ru: { text: RU_EDITED } } },
    ]);

    // Edits after publication change the draft, never what was published.
    await saveVersions({ ru: { text: "Черновик после публикации" } });
    const [still] = await db().select({ recommendations: outcomeRevisions.recommendations }).from(outcomeRevisions);
    expect(still!.recommendations).toEqual(snapshot!.recommendations);

    const read = async (reader: string) => (await getPublishedOutcome(ids.eventId, undefined, reader))!.recommendations;
    expect(await read("hy")).toEqual([{ theme: "public_diplomacy", text: HY }]);
    expect(await read("ru")).toEqual([{ theme: "public_diplomacy", text: RU_EDITED }]);
    expect(await read("en")).toEqual([{ theme: "public_diplomacy", text: EN }]);
    // No Azerbaijani version: the English text, marked as English.
    expect(await read("az")).toEqual([{ theme: "public_diplomacy", text: EN, shownIn: "en" }]);
  });
});

describe("a final record read by delegates", () => {
  it("gives each reader the recommendation in their language, or the first language's, marked", async () => {
    await saveVersions({ hy: { text: HY } });
    expect(await finalizeRecord(organizer, itemId, (await editor()).version)).toMatchObject({ ok: true });
    const ours = async (reader: string) => {
      const [record] = (await listFinalRecords([ids.eventId], "delegate", undefined, reader)).filter((r) => r.itemId === itemId);
      // Ours is the one adopted (the demo session has recommendations of its own).
      return record!.recommendations.find((r) => r.adopted);
    };
    expect(await ours("hy")).toEqual({ theme: "public_diplomacy", text: HY, adopted: true });
    expect(await ours("az")).toEqual({ theme: "public_diplomacy", text: EN, adopted: true, shownIn: "en" });
    expect(await ours("en")).toEqual({ theme: "public_diplomacy", text: EN, adopted: true });
  });
});

const EMPTY: RecordDraft = {
  summary: "",
  keyPoints: "",
  topics: "",
  notForPublication: false,
  attendance: [],
  officials: [],
  speakers: [],
  recommendations: [],
};
