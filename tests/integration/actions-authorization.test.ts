// Server actions are public endpoints: every organizer action must refuse the anonymous (redirect
// to sign-in) and a delegate (404) before touching the database, and must work for the organizer.
// Only the request context is mocked (session, cache revalidation, locale); the database is real.
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { revalidatePath } from "next/cache";
import { agendaItems, delegationMembers, events, initiatives, invitations, outcomeRevisions, outcomeStatements, outcomes, people, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { createOrganizerUser, demoIds, eventSnapshot, memberByEmail, rowCounts, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { createInitiativeAction } from "@/app/[locale]/(organize)/organize/initiatives/new/actions";
import { createEventAction } from "@/app/[locale]/(organize)/organize/initiatives/[initiativeId]/events/new/actions";
import { updateEventStatusAction } from "@/app/[locale]/(organize)/organize/events/[eventId]/actions";
import { createAgendaItemAction, deleteAgendaItemAction } from "@/app/[locale]/(organize)/organize/events/[eventId]/agenda/actions";
import {
  addPersonAction,
  bulkAssignToItemAction,
  bulkMembersAction,
  changeRoleAction,
  changeStatusAction,
  revokeInvitationAction,
  sendInvitationAction,
  targetSizeAction,
  updateDetailsAction,
} from "@/app/[locale]/(organize)/organize/events/[eventId]/delegations/actions";
import { importAction } from "@/app/[locale]/(organize)/organize/events/[eventId]/delegations/import/actions";
import { idleImport } from "@/app/[locale]/(organize)/organize/events/[eventId]/delegations/import/import-state";
import { publishOutcomeAction, saveOutcomeDraftAction } from "@/app/[locale]/(organize)/organize/events/[eventId]/outcome/actions";
import { idle } from "@/lib/forms/action-state";

type Session = { user: { id: string } } | null;
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));

vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));
vi.mock("next/headers", () => ({ headers: vi.fn(async () => new Headers({ host: "localhost:3000" })) }));

const { db } = setupTestDatabase();

function signInAs(next: Session) {
  session.current = next;
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

/** The rejection of a call, or a failure when it did not throw. */
async function rejectionOf(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    (value) => {
      throw new Error(`expected the action to throw, it returned ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

let ids: DemoIds;
let itemId: string;
let nonHeadMemberId: string;
let nonHeadVersion: number;
/** A demo member still invited, with an email and an invitation: what resend and revoke act on. */
let invitedMemberId: string;

beforeAll(async () => {
  await seedDemo(db());
  ids = await demoIds(db());
  const [item] = await db()
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.eventId, ids.eventId), eq(agendaItems.title, "Opening plenary")));
  itemId = item!.id;
  nonHeadMemberId = (await memberByEmail(db(), ids.eventId, "tural.babayev@example.org")).id;
  const [nonHead] = await db().select({ version: delegationMembers.version }).from(delegationMembers).where(eq(delegationMembers.id, nonHeadMemberId));
  nonHeadVersion = nonHead!.version;
  const [invitee] = await db()
    .insert(people)
    .values({ initiativeId: ids.initiativeId, nameLatin: "Still Invited", sector: "expert", email: `${unique("invitee")}@example.org` })
    .returning({ id: people.id });
  const [invited] = await db()
    .insert(delegationMembers)
    .values({ delegationId: ids.delegations.Armenia, eventId: ids.eventId, personId: invitee!.id, status: "invited" })
    .returning({ id: delegationMembers.id });
  invitedMemberId = invited!.id;
  await db()
    .insert(invitations)
    .values({ memberId: invitedMemberId, eventId: ids.eventId, tokenHash: "0".repeat(64), tokenHint: "000000", expiresAt: new Date(Date.now() + 86_400_000) });
});

beforeEach(() => {
  vi.mocked(revalidatePath).mockClear();
});

/** Each organizer action called with data that would succeed for the organizer. */
const ACTIONS: { name: string; call: () => Promise<unknown> }[] = [
  {
    name: "createInitiativeAction",
    call: () => createInitiativeAction(idle, form({ name: unique("Refused initiative"), description: "", party1: "North", party2: "South" })),
  },
  {
    name: "createEventAction",
    call: () =>
      createEventAction(
        ids.initiativeId,
        idle,
        form({
          title: unique("Refused event"),
          format: "Round table",
          hostPartyId: ids.parties.Azerbaijan,
          venueName: "Hall",
          city: "Gazakh",
          country: "Azerbaijan",
          timeZone: "Asia/Baku",
          firstDay: "2026-06-01",
          lastDay: "2026-06-02",
          languages: ["en", "az"],
          status: "announced",
        }),
      ),
  },
  { name: "updateEventStatusAction", call: () => updateEventStatusAction(ids.eventId, idle, form({ status: "draft" })) },
  {
    name: "createAgendaItemAction",
    call: () =>
      createAgendaItemAction(
        ids.eventId,
        idle,
        form({ kind: "plenary", title: unique("Refused item"), day: "2026-02-13", startTime: "20:00", endTime: "21:00", visibility: "public" }),
      ),
  },
  { name: "deleteAgendaItemAction", call: () => deleteAgendaItemAction(ids.eventId, itemId) },
  {
    name: "addPersonAction",
    call: () =>
      addPersonAction(
        ids.eventId,
        idle,
        form({
          partyId: ids.parties.Armenia,
          nameLatin: "Refused Person",
          sector: "expert",
          email: `${unique("refused")}@example.org`,
          phone: "",
          consent: "public",
          status: "confirmed",
          head: "on",
          password: "a-long-enough-password",
        }),
      ),
  },
  {
    name: "bulkMembersAction",
    call: () => bulkMembersAction(ids.eventId, idle, form({ memberIds: [nonHeadMemberId], intent: "decline", reason: "Refused" })),
  },
  {
    name: "bulkAssignToItemAction",
    call: () => bulkAssignToItemAction(ids.eventId, idle, form({ memberIds: [nonHeadMemberId], itemId, role: "moderator" })),
  },
  {
    name: "changeStatusAction",
    call: () => changeStatusAction(ids.eventId, nonHeadMemberId, idle, form({ status: "withdrawn", reason: "Refused" })),
  },
  { name: "changeRoleAction", call: () => changeRoleAction(ids.eventId, nonHeadMemberId, idle, form({ role: "head" })) },
  { name: "sendInvitationAction", call: () => sendInvitationAction(ids.eventId, invitedMemberId, idle, form({})) },
  { name: "revokeInvitationAction", call: () => revokeInvitationAction(ids.eventId, invitedMemberId, idle, form({})) },
  { name: "targetSizeAction", call: () => targetSizeAction(ids.eventId, ids.delegations.Armenia, idle, form({ targetSize: "3" })) },
  {
    name: "updateDetailsAction",
    call: () =>
      updateDetailsAction(
        ids.eventId,
        nonHeadMemberId,
        idle,
        form({ nameLatin: "Renamed By Intruder", sector: "media", email: "", phone: "", consent: "public", version: String(nonHeadVersion) }),
      ),
  },
  {
    name: "importAction",
    call: () =>
      importAction(
        ids.eventId,
        idleImport,
        form({ csv: `name,email,party,sector\nIntruder,${unique("intruder")}@example.org,Armenia,media`, intent: "import" }),
      ),
  },
  {
    name: "saveOutcomeDraftAction",
    call: () => saveOutcomeDraftAction(ids.eventId, idle, form({ version: "1", statement_en: "Overwritten by an intruder" })),
  },
  { name: "publishOutcomeAction", call: () => publishOutcomeAction(ids.eventId, idle, form({ note: "", version: "1" })) },
];

const REFUSED: { who: string; session: () => Session; digest: RegExp }[] = [
  { who: "anonymous", session: () => null, digest: /^NEXT_REDIRECT;[a-z]+;\/en\/sign-in;30[37];/ },
  {
    who: "a session whose account was removed",
    session: () => ({ user: { id: "00000000-0000-4000-8000-000000000000" } }),
    digest: /^NEXT_REDIRECT;[a-z]+;\/en\/sign-in;30[37];/,
  },
  { who: "the demo delegate", session: () => ({ user: { id: ids.delegateId } }), digest: /^NEXT_HTTP_ERROR_FALLBACK;404$/ },
];

describe.each(REFUSED)("organizer actions refuse $who", ({ session: sessionFor, digest }) => {
  it.each(ACTIONS)("$name throws and changes nothing", async ({ call }) => {
    signInAs(sessionFor());
    const countsBefore = await rowCounts(db());
    const before = await eventSnapshot(db(), ids.eventId);

    const error = await rejectionOf(call);
    expect(error).toMatchObject({ digest: expect.stringMatching(digest) });

    expect(await rowCounts(db())).toEqual(countsBefore);
    expect(await eventSnapshot(db(), ids.eventId)).toEqual(before);
    expect(before.event?.status).toBe("concluded");
    expect(before.itemIds).toContain(itemId);
    expect(revalidatePath).not.toHaveBeenCalled();
  });
});

describe("an organizer of another initiative", () => {
  it("gets not-found from the demo event's actions, and nothing changes", async () => {
    const other = await createOrganizerUser(db(), "other-organizer");
    signInAs({ user: { id: other.userId } });
    const countsBefore = await rowCounts(db());
    const before = await eventSnapshot(db(), ids.eventId);

    const byName = (name: string) => ACTIONS.find((a) => a.name === name)!.call();
    for (const name of [
      "updateEventStatusAction",
      "createAgendaItemAction",
      "addPersonAction",
      "saveOutcomeDraftAction",
      "publishOutcomeAction",
      "bulkMembersAction",
      "bulkAssignToItemAction",
      "changeStatusAction",
      "changeRoleAction",
      "sendInvitationAction",
      "revokeInvitationAction",
      "targetSizeAction",
      "updateDetailsAction",
      "importAction",
    ]) {
      expect(await byName(name), name).toMatchObject({ status: "error", message: "errors.notFound" });
    }
    // Not an organizer of Peace Bridge: creating an event in it is refused too.
    expect(await byName("createEventAction")).toMatchObject({ status: "error", message: "errors.notFound" });
    // The void actions do nothing.
    await expect(byName("deleteAgendaItemAction")).resolves.toBeUndefined();

    expect(await rowCounts(db())).toEqual(countsBefore);
    expect(await eventSnapshot(db(), ids.eventId)).toEqual(before);
  });
});

describe("the demo organizer", () => {
  beforeEach(() => signInAs({ user: { id: ids.organizerId } }));

  it("creates an agenda item", async () => {
    const title = unique("Evening working group");
    const result = await createAgendaItemAction(
      ids.eventId,
      idle,
      form({ kind: "working_group", title, day: "2026-02-13", startTime: "21:00", endTime: "22:00", visibility: "delegates" }),
    );
    expect(result).toEqual({ status: "ok", message: "agendaForm.added" });
    const rows = await db().select({ eventId: agendaItems.eventId, startsAt: agendaItems.startsAt }).from(agendaItems).where(eq(agendaItems.title, title));
    expect(rows).toEqual([{ eventId: ids.eventId, startsAt: new Date("2026-02-13T17:00:00Z") }]);
    expect(revalidatePath).toHaveBeenCalled();
  });

  it("gets field errors, not a write, for invalid form data", async () => {
    const before = await rowCounts(db());
    const result = await createAgendaItemAction(
      ids.eventId,
      idle,
      form({ kind: "plenary", title: "", day: "13/02/2026", startTime: "9", endTime: "10:00", visibility: "public" }),
    );
    expect(result).toMatchObject({
      status: "error",
      message: "errors.form",
      fieldErrors: { title: ["required"], day: ["invalidDate"], startTime: ["invalidTime"] },
    });
    expect(await rowCounts(db())).toEqual(before);
  });

  it("publishes the outcome as revision 1", async () => {
    // Nobody signed off in the demo: the organizer publishes anyway, with a reason.
    const result = await publishOutcomeAction(
      ids.eventId,
      idle,
      form({ note: "First publication", version: "1", anyway: "on", reason: "Signed on paper at the press conference" }),
    );
    expect(result).toEqual({ status: "ok", message: "outcomeForm.published" });
    const [outcome] = await db().select({ id: outcomes.id, status: outcomes.status }).from(outcomes).where(eq(outcomes.eventId, ids.eventId));
    expect(outcome?.status).toBe("published");
    const revisions = await db()
      .select({
        revision: outcomeRevisions.revision,
        note: outcomeRevisions.note,
        publishedBy: outcomeRevisions.publishedBy,
        statements: outcomeRevisions.statements,
      })
      .from(outcomeRevisions)
      .where(eq(outcomeRevisions.outcomeId, outcome!.id));
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ revision: 1, note: "First publication", publishedBy: ids.organizerId });
    expect(revisions[0]!.statements.map((s) => s.language)).toEqual(["en", "ru"]);
  });

  it("saves the outcome draft with the current version and refuses the stale one", async () => {
    const [outcome] = await db().select({ id: outcomes.id, version: outcomes.version }).from(outcomes).where(eq(outcomes.eventId, ids.eventId));
    const version = outcome!.version;
    const text = unique("Organizer's corrected statement");
    expect(await saveOutcomeDraftAction(ids.eventId, idle, form({ version: String(version), statement_en: text }))).toEqual({
      status: "ok",
      message: "outcomeForm.saved",
    });
    const stale = await saveOutcomeDraftAction(ids.eventId, idle, form({ version: String(version), statement_en: "stale" }));
    expect(stale).toMatchObject({ status: "error", message: "errors.conflict", values: { statement_en: "stale" } });
    const statements = await db()
      .select({ language: outcomeStatements.language, text: outcomeStatements.text })
      .from(outcomeStatements)
      .where(eq(outcomeStatements.outcomeId, outcome!.id));
    expect(statements).toEqual([{ language: "en", text }]);
  });

  it("updates the event status", async () => {
    expect(await updateEventStatusAction(ids.eventId, idle, form({ status: "in_progress" }))).toEqual({ status: "ok", message: "eventOverview.statusSaved" });
    const [event] = await db().select({ status: events.status }).from(events).where(eq(events.id, ids.eventId));
    expect(event?.status).toBe("in_progress");
  });

  it("adds a person and makes another the head, then deletes an agenda item", async () => {
    const email = `${unique("added")}@example.org`;
    const added = await addPersonAction(
      ids.eventId,
      idle,
      form({ partyId: ids.parties.Armenia, nameLatin: "Added Person", sector: "media", email, phone: "+374 10 555 000", consent: "none", status: "invited" }),
    );
    expect(added).toEqual({ status: "ok", message: "personForm.added" });
    const [person] = await db().select({ id: people.id }).from(people).where(eq(people.email, email));
    expect(person).toBeDefined();

    expect(await changeRoleAction(ids.eventId, nonHeadMemberId, idle, form({ role: "head" }))).toEqual({ status: "ok", message: "member.roleSaved" });
    const heads = await db()
      .select({ id: delegationMembers.id })
      .from(delegationMembers)
      .where(and(eq(delegationMembers.delegationId, ids.delegations.Azerbaijan), eq(delegationMembers.role, "head")));
    expect(heads).toEqual([{ id: nonHeadMemberId }]);

    await expect(deleteAgendaItemAction(ids.eventId, itemId)).resolves.toBeUndefined();
    // Deleted items are kept for undo, marked deleted, and gone from every reader.
    expect(await db().$count(agendaItems, and(eq(agendaItems.id, itemId), isNull(agendaItems.deletedAt)))).toBe(0);
    expect(await db().$count(agendaItems, and(eq(agendaItems.id, itemId), isNotNull(agendaItems.deletedAt)))).toBe(1);
  });

  it("creates an initiative and an event in it, each redirecting to the next step", async () => {
    const name = unique("Second track");
    const initiativeRedirect = await rejectionOf(() => createInitiativeAction(idle, form({ name, description: "", party1: "Upstream", party2: "Downstream" })));
    const [initiative] = await db().select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.name, name));
    expect(initiativeRedirect).toMatchObject({
      digest: expect.stringMatching(new RegExp(`^NEXT_REDIRECT;[a-z]+;/en/organize/initiatives/${initiative!.id}/events/new;`)),
    });

    const title = unique("Riverside round table");
    const eventRedirect = await rejectionOf(() =>
      createEventAction(
        ids.initiativeId,
        idle,
        form({
          title,
          format: "Round table",
          hostPartyId: ids.parties.Azerbaijan,
          venueName: "Hall",
          city: "Gazakh",
          country: "Azerbaijan",
          timeZone: "Asia/Baku",
          firstDay: "2026-06-01",
          lastDay: "2026-06-02",
          languages: ["en", "az"],
          // Days that may be over by the time this runs: said to be a record of a past event.
          pastRecord: "on",
        }),
      ),
    );
    const [event] = await db().select({ id: events.id, status: events.status, languages: events.languages }).from(events).where(eq(events.title, title));
    expect(event).toMatchObject({ status: "draft", languages: ["en", "az"] });
    expect(eventRedirect).toMatchObject({ digest: expect.stringMatching(new RegExp(`^NEXT_REDIRECT;[a-z]+;/en/organize/events/${event!.id}/agenda;`)) });
  });

  it("never created a user for a refused addPersonAction", async () => {
    const refusedAccounts = await db().select({ email: users.email }).from(users).where(eq(users.name, "Refused Person"));
    expect(refusedAccounts).toEqual([]);
  });
});

describe("the delegate's consent action", () => {
  it("refuses the anonymous and organizers, and lets a delegate change only their own consent", async () => {
    const { updateConsentAction } = await import("@/app/[locale]/(delegate)/my-details/actions");
    const own = await memberByEmail(db(), ids.eventId, "delegate@example.org");
    const before = await eventSnapshot(db(), ids.eventId);

    signInAs(null);
    expect(await rejectionOf(() => updateConsentAction(own.id, idle, form({ consent: "none" })))).toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT;[a-z]+;\/en\/sign-in;30[37];/),
    });
    signInAs({ user: { id: ids.organizerId } });
    expect(await rejectionOf(() => updateConsentAction(own.id, idle, form({ consent: "none" })))).toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;404",
    });
    signInAs({ user: { id: ids.delegateId } });
    expect(await updateConsentAction(nonHeadMemberId, idle, form({ consent: "none" }))).toMatchObject({ status: "error", message: "errors.notFound" });
    expect(await eventSnapshot(db(), ids.eventId)).toEqual(before);

    expect(await updateConsentAction(own.id, idle, form({ consent: "none" }))).toEqual({ status: "ok", message: "myDetails.consentSaved" });
    const [row] = await db().select({ consent: delegationMembers.consent }).from(delegationMembers).where(eq(delegationMembers.id, own.id));
    expect(row!.consent).toBe("none");
  });
});
