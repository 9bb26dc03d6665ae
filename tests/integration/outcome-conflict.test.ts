// Nothing lost: a save made from a stale version of the outcome draft is refused, concurrent saves
// from the same version let exactly one through, and an emptied language is removed.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, outcomeStatements, outcomes } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { outcomeDraftInput } from "@/lib/outcomes/schema";
import { getOutcomeForOrganizer, saveOutcomeDraft } from "@/lib/outcomes/queries";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { rowCounts, unique, type DemoIds, createTestEvent, seedDemoContext } from "@/tests/helpers/fixtures";

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;

async function draft() {
  const [outcome] = await db().select({ id: outcomes.id, version: outcomes.version }).from(outcomes).where(eq(outcomes.eventId, ids.eventId));
  const statements = await db()
    .select({ language: outcomeStatements.language, text: outcomeStatements.text })
    .from(outcomeStatements)
    .where(eq(outcomeStatements.outcomeId, outcome!.id))
    .orderBy(outcomeStatements.language);
  return { version: outcome!.version, statements };
}

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
});

describe("saveOutcomeDraft", () => {
  it("refuses a stale version and keeps the first writer's text", async () => {
    const start = await draft();
    expect(start.version).toBe(1);
    const russian = start.statements.find((s) => s.language === "ru")!.text;

    const firstText = unique("First writer's statement");
    const first = await saveOutcomeDraft(organizer, ids.eventId, {
      version: start.version,
      statements: [
        { language: "en", text: firstText },
        { language: "ru", text: russian },
      ],
    });
    expect(first).toEqual({ ok: true, value: { version: 2 } });

    const auditBefore = await db().$count(auditLog);
    const second = await saveOutcomeDraft(organizer, ids.eventId, {
      version: start.version,
      statements: [{ language: "en", text: "Second writer, from a stale page" }],
    });
    expect(second).toEqual({ ok: false, reason: "errors.conflict" });

    expect(await draft()).toEqual({
      version: 2,
      statements: [
        { language: "en", text: firstText },
        { language: "ru", text: russian },
      ],
    });
    expect(await db().$count(auditLog)).toBe(auditBefore);
  });

  it("refuses a version from the future as well", async () => {
    const before = await draft();
    expect(await saveOutcomeDraft(organizer, ids.eventId, { version: before.version + 5, statements: [{ language: "en", text: "ahead" }] })).toEqual({
      ok: false,
      reason: "errors.conflict",
    });
    expect(await draft()).toEqual(before);
  });

  it("lets exactly one of two concurrent saves from the same version through", async () => {
    const before = await draft();
    const texts = [unique("Concurrent A"), unique("Concurrent B")];
    const results = await Promise.all(
      texts.map((text) => saveOutcomeDraft(organizer, ids.eventId, { version: before.version, statements: [{ language: "en", text }] })),
    );

    const oks = results.filter((r) => r.ok);
    const conflicts = results.filter((r) => !r.ok);
    expect(oks).toEqual([{ ok: true, value: { version: before.version + 1 } }]);
    expect(conflicts).toEqual([{ ok: false, reason: "errors.conflict" }]);

    const winner = texts[results.findIndex((r) => r.ok)]!;
    expect(await draft()).toEqual({ version: before.version + 1, statements: [{ language: "en", text: winner }] });
  });

  it("lets exactly one of five concurrent saves through, whatever the interleaving", async () => {
    const before = await draft();
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, n) =>
        saveOutcomeDraft(organizer, ids.eventId, { version: before.version, statements: [{ language: "ru", text: `Параллельно ${n}` }] }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === "errors.conflict")).toBe(true);
    expect((await draft()).version).toBe(before.version + 1);
  });

  it("removes a language that is cleared, keeping the others", async () => {
    const before = await draft();
    const parsed = outcomeDraftInput.parse({
      version: String(before.version),
      statement_en: "English stays",
      statement_ru: "Русский тоже",
      statement_az: "Azərbaycanca",
      statement_hy: "",
    });
    expect(parsed.statements.map((s) => s.language).sort()).toEqual(["az", "en", "ru"]);
    const saved = await saveOutcomeDraft(organizer, ids.eventId, parsed);
    expect(saved).toEqual({ ok: true, value: { version: before.version + 1 } });
    expect((await draft()).statements.map((s) => s.language)).toEqual(["az", "en", "ru"]);

    // The form sends Russian and Azerbaijani empty: both are removed.
    const cleared = outcomeDraftInput.parse({ version: String(before.version + 1), statement_en: "English stays", statement_ru: "   ", statement_az: "" });
    expect(await saveOutcomeDraft(organizer, ids.eventId, cleared)).toEqual({ ok: true, value: { version: before.version + 2 } });
    expect(await draft()).toEqual({ version: before.version + 2, statements: [{ language: "en", text: "English stays" }] });

    const view = await getOutcomeForOrganizer(organizer, ids.eventId);
    expect(view?.statements).toEqual([{ language: "en", text: "English stays" }]);
    expect(view?.outcome?.version).toBe(before.version + 2);
  });

  it("refuses a language the event does not work in, writing nothing", async () => {
    const eventId = await createTestEvent(organizer, ids, { title: "English-only round table", firstDay: "2026-10-01", lastDay: "2026-10-01" });
    const countsBefore = await rowCounts(db());
    expect(
      await saveOutcomeDraft(organizer, eventId, {
        version: 1,
        statements: [
          { language: "en", text: "Fine" },
          { language: "hy", text: "Not a language of this event" },
        ],
      }),
    ).toEqual({ ok: false, reason: "errors.invalid" });
    expect(await rowCounts(db())).toEqual(countsBefore);

    // The first save of an event without an outcome creates it at version 2.
    expect(await saveOutcomeDraft(organizer, eventId, { version: 1, statements: [{ language: "en", text: "Fine" }] })).toEqual({
      ok: true,
      value: { version: 2 },
    });
    expect(await db().$count(outcomes, eq(outcomes.eventId, eventId))).toBe(1);
  });

  it("rejects a form with every language empty before it reaches the database", () => {
    const parsed = outcomeDraftInput.safeParse({ version: "3", statement_en: "", statement_ru: "  " });
    expect(parsed.success).toBe(false);
  });
});
