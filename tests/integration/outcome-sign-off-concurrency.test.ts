// Issue #19, point 8: sign-off under fast clicks. Two versions signed at once both land; the same
// version signed twice is one sign-off (one row, one audit entry, the first time kept); a sign-off
// of a text that changed meanwhile is refused. Real PostgreSQL; nothing mocked.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, outcomeSignOffs } from "@/db/schema";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import { getOutcomeForOrganizer } from "@/lib/outcomes/queries";
import { listSignOffsForDelegate, signOffStatement } from "@/lib/outcomes/sign-off";
import { statementHash } from "@/lib/outcomes/sign-off-rules";
import { createDelegateAccount, memberByEmail, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;
let azHead: DelegateViewer;

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  const m = await memberByEmail(db(), ids.eventId, "rauf.huseynov@example.org");
  azHead = await createDelegateAccount(db(), m.personId);
});

async function statements() {
  const data = await getOutcomeForOrganizer(organizer, ids.eventId);
  return data!.statements.map((s) => ({ language: s.language, hash: statementHash(s.text) }));
}

async function signOffRows() {
  return db()
    .select({ statementId: outcomeSignOffs.statementId, signedAt: outcomeSignOffs.signedAt })
    .from(outcomeSignOffs)
    .where(eq(outcomeSignOffs.partyId, ids.parties.Azerbaijan))
    .orderBy(outcomeSignOffs.statementId);
}

describe("sign-off under fast clicks", () => {
  it("refuses a text that changed meanwhile, and signs nothing", async () => {
    const [en] = await statements();
    expect(await signOffStatement(azHead, ids.eventId, en!.language, statementHash("an older text"))).toEqual({
      ok: false,
      reason: "signOff.changedMeanwhile",
    });
    expect(await signOffRows()).toEqual([]);
  });

  it("signs two versions at once: both land", async () => {
    const versions = await statements();
    expect(versions.length).toBe(2);
    const results = await Promise.all(versions.map((v) => signOffStatement(azHead, ids.eventId, v.language, v.hash)));
    expect(results).toEqual([
      { ok: true, value: undefined },
      { ok: true, value: undefined },
    ]);
    const mine = (await listSignOffsForDelegate(azHead)).find((o) => o.eventId === ids.eventId)!;
    expect(mine.versions.map((v) => [v.language, v.signed])).toEqual(versions.map((v) => [v.language, true]));
  });

  it("signs the same version several times at once as one sign-off", async () => {
    const [en] = await statements();
    const before = await signOffRows();
    const results = await Promise.all([1, 2, 3].map(() => signOffStatement(azHead, ids.eventId, en!.language, en!.hash)));
    expect(results.every((r) => r.ok)).toBe(true);
    // Still one row per version, with the time it was first signed; one audit entry per version.
    expect(await signOffRows()).toEqual(before);
    const logged = await db()
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.action, "outcome.sign_off"), eq(auditLog.eventId, ids.eventId)));
    expect(logged).toHaveLength(2);
  });
});
