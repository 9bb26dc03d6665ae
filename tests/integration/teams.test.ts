// Organizer teams per initiative: a coordinator invites colleagues by a mailed link (14 days,
// once, revocable); accepting creates the account or attaches an existing one; roles decide what
// each may read and do, in the data layer; removals hold from the next request; the last
// coordinator stays; every change is audited.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, initiativeOrganizers, teamInvitations, users } from "@/db/schema";
import { DEMO_DELEGATE } from "@/db/seed/demo";
import { listAgendaForOrganizer } from "@/lib/agenda/queries";
import { findUserForSignIn } from "@/lib/auth/users";
import { verifyPassword } from "@/lib/auth/password";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { listCrossingsForOrganizer } from "@/lib/crossings/queries";
import { addPersonToDelegation, listDelegationsForOrganizer } from "@/lib/delegations/queries";
import { personInput } from "@/lib/delegations/schema";
import { listRosterForExport } from "@/lib/delegations/roster-export";
import { getEventForOrganizer, listEventsForOrganizer, updateEventStatus } from "@/lib/events/queries";
import { getInitiativeForOrganizer, listInitiativesForOrganizer } from "@/lib/initiatives/queries";
import { listOutbox } from "@/lib/invitations/queries";
import { getOutcomeForOrganizer, saveOutcomeDraft } from "@/lib/outcomes/queries";
import { listDeletionRequestsForOrganizer } from "@/lib/privacy/deletion";
import { listRecommendationsForOrganizer } from "@/lib/records/board";
import { assignRapporteur, listRecordsForOrganizer } from "@/lib/records/assignments";
import { getRecordScope } from "@/lib/records/scope";
import {
  acceptTeamInvitation,
  changeTeamRole,
  getTeam,
  getTeamInvitation,
  inviteTeamMember,
  removeTeamMember,
  revokeTeamInvitation,
} from "@/lib/teams/queries";
import type { TeamRole } from "@/lib/teams/roles";
import { listTravelDocumentsForOrganizer } from "@/lib/travel-documents/queries";
import { createOrganizerUser, delegateViewer, organizerViewer, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { latestMailedToken } from "@/tests/helpers/mail";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();
const ctx = { locale: "en" as const, origin: "https://roundtable.example" };
const TEAM_LINK = /\/team-invitation\/([A-Za-z0-9_-]{43})/;

let ids: DemoIds;
let coordinator: OrganizerViewer;

const accept = { name: "New Colleague", password: "a-long-password-1", passwordConfirm: "a-long-password-1" };

/** Invites a new address in `role`, accepts as a new account, and returns the new member. */
async function join(role: TeamRole): Promise<OrganizerViewer> {
  const email = `${unique(role)}@example.org`;
  expect(await inviteTeamMember(coordinator, ids.initiativeId, { email, role }, ctx)).toEqual({ ok: true, value: undefined });
  const token = latestMailedToken(email, TEAM_LINK)!;
  const joined = await acceptTeamInvitation(token, null, { ...accept, name: `${role} colleague` });
  expect(joined).toMatchObject({ ok: true, value: { accountCreated: true, email } });
  const [user] = await db().select({ id: users.id }).from(users).where(eq(users.email, email));
  return organizerViewer(db(), user!.id);
}

beforeAll(async () => {
  ({ ids, organizer: coordinator } = await seedDemoContext(db()));
  vi.spyOn(console, "info").mockImplementation(() => {});
});

describe("inviting and accepting", () => {
  it("a coordinator's invitation creates an organizer account with the colleague's own password, once", async () => {
    const email = `${unique("colleague")}@example.org`;
    expect(await inviteTeamMember(coordinator, ids.initiativeId, { email, role: "organizer" }, ctx)).toEqual({ ok: true, value: undefined });
    const [stored] = await db().select().from(teamInvitations).where(eq(teamInvitations.email, email));
    const token = latestMailedToken(email, TEAM_LINK)!;
    expect(token).toBeTruthy();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(14 * 24 * 3600 * 1000);

    expect(await getTeamInvitation(token, null)).toMatchObject({ state: "valid", email, role: "organizer", account: "none" });
    const joined = await acceptTeamInvitation(token, null, accept);
    expect(joined).toMatchObject({ ok: true, value: { initiativeId: ids.initiativeId, accountCreated: true } });
    const user = await findUserForSignIn(email);
    expect(await verifyPassword(user!.passwordHash!, accept.password)).toBe(true);
    const [membership] = await db().select({ role: initiativeOrganizers.role }).from(initiativeOrganizers).where(eq(initiativeOrganizers.userId, user!.id));
    expect(membership).toEqual({ role: "organizer" });
    // The colleague sees the initiative's events at once, and can build the agenda.
    const colleague = await organizerViewer(db(), user!.id);
    expect((await listEventsForOrganizer(colleague)).map((e) => e.id)).toContain(ids.eventId);
    expect(await listAgendaForOrganizer(colleague, ids.eventId)).not.toBeNull();

    expect(await acceptTeamInvitation(token, null, accept)).toEqual({ ok: false, reason: "team.state.used" });
    expect(await getTeamInvitation(token, null)).toMatchObject({ state: "used" });
  });

  it("the team invitation is mailed to no event's outbox", async () => {
    const email = `${unique("quiet")}@example.org`;
    await inviteTeamMember(coordinator, ids.initiativeId, { email, role: "rapporteur" }, ctx);
    const outbox = (await listOutbox(coordinator, ids.eventId))!;
    expect(outbox.some((m) => m.to === email)).toBe(false);
  });

  it("an expired or revoked link is refused and writes nothing", async () => {
    const email = `${unique("late")}@example.org`;
    await inviteTeamMember(coordinator, ids.initiativeId, { email, role: "organizer" }, ctx, new Date(Date.now() - 15 * 24 * 3600 * 1000));
    const expired = latestMailedToken(email, TEAM_LINK)!;
    expect(await acceptTeamInvitation(expired, null, accept)).toEqual({ ok: false, reason: "team.state.expired" });

    const other = `${unique("revoked")}@example.org`;
    await inviteTeamMember(coordinator, ids.initiativeId, { email: other, role: "organizer" }, ctx);
    const token = latestMailedToken(other, TEAM_LINK)!;
    const [invitation] = await db().select({ id: teamInvitations.id }).from(teamInvitations).where(eq(teamInvitations.email, other));
    expect(await revokeTeamInvitation(coordinator, ids.initiativeId, invitation!.id)).toEqual({ ok: true, value: undefined });
    expect(await acceptTeamInvitation(token, null, accept)).toEqual({ ok: false, reason: "team.state.revoked" });
    expect(await revokeTeamInvitation(coordinator, ids.initiativeId, invitation!.id)).toEqual({ ok: false, reason: "team.invitationNotLive" });
    expect(await db().select({ id: users.id }).from(users).where(eq(users.email, email))).toEqual([]);
    expect(await db().select({ id: users.id }).from(users).where(eq(users.email, other))).toEqual([]);
  });

  it("inviting someone already on the team is refused next to the address", async () => {
    const before = await db().$count(teamInvitations);
    expect(await inviteTeamMember(coordinator, ids.initiativeId, { email: coordinator.email, role: "organizer" }, ctx)).toEqual({
      ok: false,
      reason: "alreadyTeamMember",
      field: "email",
    });
    expect(await db().$count(teamInvitations)).toBe(before);
  });

  it("an existing organizer account joins only while signed in as itself, and keeps its password", async () => {
    const existing = await createOrganizerUser(db(), "existing");
    await inviteTeamMember(coordinator, ids.initiativeId, { email: existing.email, role: "communications" }, ctx);
    const token = latestMailedToken(existing.email, TEAM_LINK)!;
    expect(await getTeamInvitation(token, null)).toMatchObject({ state: "valid", account: "organizer", signedInAsInvitee: false });
    expect(await acceptTeamInvitation(token, null, accept)).toEqual({ ok: false, reason: "team.signInFirst" });
    expect(await acceptTeamInvitation(token, coordinator, null)).toEqual({ ok: false, reason: "team.signInFirst" });
    expect(await acceptTeamInvitation(token, existing, null)).toMatchObject({ ok: true, value: { accountCreated: false } });
    expect((await findUserForSignIn(existing.email))!.passwordHash).toBeNull();
    const [membership] = await db()
      .select({ role: initiativeOrganizers.role })
      .from(initiativeOrganizers)
      .where(eq(initiativeOrganizers.userId, existing.userId));
    expect(membership).toEqual({ role: "communications" });
  });

  it("a delegate's account cannot join a team", async () => {
    await inviteTeamMember(coordinator, ids.initiativeId, { email: DEMO_DELEGATE.email, role: "organizer" }, ctx);
    const token = latestMailedToken(DEMO_DELEGATE.email, TEAM_LINK)!;
    const delegate = await delegateViewer(db(), ids.delegateId);
    expect(await acceptTeamInvitation(token, delegate, null)).toEqual({ ok: false, reason: "team.delegateAccount" });
  });
});

describe("managing the team", () => {
  it("only a coordinator invites, changes roles and removes; others are answered as if the initiative did not exist", async () => {
    const organizer = await join("organizer");
    const stranger = await createOrganizerUser(db(), "stranger");
    for (const viewer of [organizer, stranger]) {
      expect(await inviteTeamMember(viewer, ids.initiativeId, { email: `${unique("x")}@example.org`, role: "organizer" }, ctx)).toEqual({
        ok: false,
        reason: "errors.notFound",
      });
      expect(await changeTeamRole(viewer, ids.initiativeId, coordinator.userId, "rapporteur")).toEqual({ ok: false, reason: "errors.notFound" });
      expect(await removeTeamMember(viewer, ids.initiativeId, coordinator.userId)).toEqual({ ok: false, reason: "errors.notFound" });
    }
    expect((await getTeam(organizer, ids.initiativeId))?.canManage).toBe(false);
    expect((await getTeam(organizer, ids.initiativeId))?.invitations).toEqual([]);
    expect(await getTeam(stranger, ids.initiativeId)).toBeNull();
  });

  it("the last coordinator can be neither removed nor demoted; with a second one, they can", async () => {
    expect(await removeTeamMember(coordinator, ids.initiativeId, coordinator.userId)).toEqual({ ok: false, reason: "team.lastCoordinator" });
    expect(await changeTeamRole(coordinator, ids.initiativeId, coordinator.userId, "organizer")).toEqual({ ok: false, reason: "team.lastCoordinator" });
    const second = await join("coordinator");
    expect(await changeTeamRole(second, ids.initiativeId, coordinator.userId, "organizer")).toEqual({ ok: true, value: undefined });
    expect(await changeTeamRole(second, ids.initiativeId, coordinator.userId, "coordinator")).toEqual({ ok: true, value: undefined });
  });

  it("a removed member loses access on their next request, and every change is in the audit log", async () => {
    const member = await join("organizer");
    expect(await getEventForOrganizer(member, ids.eventId)).not.toBeNull();
    // Assigned as the rapporteur of an item: that record goes with the team membership too.
    const [item] = (await listAgendaForOrganizer(coordinator, ids.eventId))!;
    expect(await assignRapporteur(coordinator, ids.eventId, item!.id, member.userId)).toEqual({ ok: true, value: undefined });
    expect((await getRecordScope(member, item!.id))?.isRapporteur).toBe(true);
    expect(await removeTeamMember(coordinator, ids.initiativeId, member.userId)).toEqual({ ok: true, value: undefined });
    expect(await getEventForOrganizer(member, ids.eventId)).toBeNull();
    expect(await getRecordScope(member, item!.id)).toBeNull();
    expect(await listDelegationsForOrganizer(member, ids.eventId)).toBeNull();
    expect(await listInitiativesForOrganizer(member)).toEqual([]);
    const actions = await db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "initiative"), eq(auditLog.entityId, ids.initiativeId)));
    expect(new Set(actions.map((a) => a.action))).toEqual(new Set(["team.invite", "team.join", "team.role", "team.remove", "team.revoke_invitation"]));
  });
});

describe("what each role may read and do", () => {
  const person = () =>
    personInput.parse({
      partyId: ids.parties.Armenia,
      nameLatin: unique("Role check"),
      sector: "other",
      email: "",
      phone: "",
      consent: "none",
      status: "confirmed",
    });

  it("a rapporteur reaches records only; communications the outcome only; an organizer everything but the team", async () => {
    const rapporteur = await join("rapporteur");
    const communications = await join("communications");
    const organizer = await join("organizer");
    const [anyItem] = (await listAgendaForOrganizer(coordinator, ids.eventId))!;

    type Check = { name: string; capability: "plan" | "records" | "outcomes"; reaches: (viewer: OrganizerViewer) => Promise<boolean> };
    const checks: Check[] = [
      { name: "agenda", capability: "plan", reaches: async (v) => (await listAgendaForOrganizer(v, ids.eventId)) !== null },
      { name: "delegations", capability: "plan", reaches: async (v) => (await listDelegationsForOrganizer(v, ids.eventId)) !== null },
      { name: "roster export", capability: "plan", reaches: async (v) => (await listRosterForExport(v, ids.eventId)) !== null },
      { name: "crossings", capability: "plan", reaches: async (v) => (await listCrossingsForOrganizer(v, ids.eventId)) !== null },
      { name: "travel documents", capability: "plan", reaches: async (v) => (await listTravelDocumentsForOrganizer(v, ids.eventId)) !== null },
      { name: "outbox", capability: "plan", reaches: async (v) => (await listOutbox(v, ids.eventId)) !== null },
      { name: "new events", capability: "plan", reaches: async (v) => (await getInitiativeForOrganizer(v, ids.initiativeId)) !== null },
      { name: "records overview", capability: "records", reaches: async (v) => (await listRecordsForOrganizer(v, ids.eventId)) !== null },
      { name: "recommendations", capability: "records", reaches: async (v) => (await listRecommendationsForOrganizer(v, ids.eventId)) !== null },
      { name: "a record", capability: "records", reaches: async (v) => (await getRecordScope(v, anyItem!.id))?.canManage === true },
      { name: "outcome", capability: "outcomes", reaches: async (v) => (await getOutcomeForOrganizer(v, ids.eventId)) !== null },
    ];
    const allowed: Record<string, Check["capability"][]> = {
      coordinator: ["plan", "records", "outcomes"],
      organizer: ["plan", "records", "outcomes"],
      rapporteur: ["records"],
      communications: ["outcomes"],
    };
    for (const [role, viewer] of [
      ["coordinator", coordinator],
      ["organizer", organizer],
      ["rapporteur", rapporteur],
      ["communications", communications],
    ] as const) {
      for (const check of checks) {
        expect(await check.reaches(viewer), `${role} → ${check.name}`).toBe(allowed[role]!.includes(check.capability));
      }
      // Every role sees the event's overview.
      expect(await getEventForOrganizer(viewer, ids.eventId, "view"), `${role} → overview`).not.toBeNull();
    }

    // Writes follow the same rule, and a refused write changes nothing.
    for (const viewer of [rapporteur, communications]) {
      expect(await addPersonToDelegation(viewer, ids.eventId, person())).toEqual({ ok: false, reason: "errors.notFound" });
      expect(await updateEventStatus(viewer, ids.eventId, "concluded")).toEqual({ ok: false, reason: "errors.notFound" });
      expect((await listDeletionRequestsForOrganizer(viewer)).pending).toEqual([]);
    }
    const outcome = (await getOutcomeForOrganizer(communications, ids.eventId))!;
    const saved = await saveOutcomeDraft(rapporteur, ids.eventId, {
      version: outcome.outcome?.version ?? 0,
      statements: [{ language: "en", text: "Rewritten by a rapporteur" }],
    });
    expect(saved).toEqual({ ok: false, reason: "errors.notFound" });
    expect((await getOutcomeForOrganizer(communications, ids.eventId))!.statements).toEqual(outcome.statements);
  });
});
