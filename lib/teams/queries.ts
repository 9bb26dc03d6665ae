import "server-only";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { getDb, type Executor } from "@/db/client";
import { initiativeOrganizers, initiatives, teamInvitations, users } from "@/db/schema";
import { loadMessages } from "@/i18n/messages";
import { audit } from "@/lib/audit/log";
import { hashPassword } from "@/lib/auth/password";
import type { OrganizerViewer, Viewer } from "@/lib/auth/viewer";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import type { MailContext } from "@/lib/invitations/issue";
import { hashSecretToken, invitationExpiry, invitationState, isWellFormedToken, newSecretToken, type InvitationState } from "@/lib/invitations/token";
import { deliverMail } from "@/lib/mail/deliver";
import { enqueueMail } from "@/lib/mail/outbox";
import { isUuid } from "@/lib/uuid";
import { leavesNoCoordinator, roleCan, type TeamRole } from "./roles";
import type { AcceptTeamInvitationInput, TeamInvitationInput } from "./schema";

// The organizing team of one initiative. Everyone on it may read it; only a coordinator changes
// it. Every check reads the team table, so a removal or a new role holds from the next request.

/** The viewer's role on the initiative, or null when they are not on its team. */
async function roleOn(db: Executor, viewer: OrganizerViewer, initiativeId: string): Promise<TeamRole | null> {
  if (!isUuid(initiativeId)) return null;
  const [row] = await db
    .select({ role: initiativeOrganizers.role })
    .from(initiativeOrganizers)
    .where(and(eq(initiativeOrganizers.initiativeId, initiativeId), eq(initiativeOrganizers.userId, viewer.userId)));
  return row?.role ?? null;
}

/** The team page: the initiative, the members, and (for a coordinator) the invitations. Null outside the team. */
export async function getTeam(viewer: OrganizerViewer, initiativeId: string, now = new Date()) {
  const db = await getDb();
  const myRole = await roleOn(db, viewer, initiativeId);
  if (!myRole) return null;
  const [initiative] = await db.select({ id: initiatives.id, name: initiatives.name }).from(initiatives).where(eq(initiatives.id, initiativeId));
  const members = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: initiativeOrganizers.role, since: initiativeOrganizers.createdAt })
    .from(initiativeOrganizers)
    .innerJoin(users, eq(users.id, initiativeOrganizers.userId))
    .where(eq(initiativeOrganizers.initiativeId, initiativeId))
    .orderBy(asc(users.name), asc(users.email));
  const canManage = roleCan(myRole, "team");
  const invitationRows = canManage
    ? await db
        .select({
          id: teamInvitations.id,
          email: teamInvitations.email,
          role: teamInvitations.role,
          createdAt: teamInvitations.createdAt,
          expiresAt: teamInvitations.expiresAt,
          usedAt: teamInvitations.usedAt,
          revokedAt: teamInvitations.revokedAt,
        })
        .from(teamInvitations)
        .where(eq(teamInvitations.initiativeId, initiativeId))
        .orderBy(desc(teamInvitations.createdAt))
        .limit(50)
    : [];
  const invitations = invitationRows.map(({ usedAt, revokedAt, ...row }) => ({
    ...row,
    state: invitationState({ expiresAt: row.expiresAt, usedAt, revokedAt }, now),
  }));
  return { initiative: initiative!, myRole, canManage, members, invitations };
}

async function requireCoordinator(tx: Executor, viewer: OrganizerViewer, initiativeId: string): Promise<boolean> {
  const role = await roleOn(tx, viewer, initiativeId);
  return role !== null && roleCan(role, "team");
}

async function composeInvitationMail(ctx: MailContext, values: { initiative: string; role: string; link: string; inviter: string }) {
  const messages = await loadMessages(ctx.locale);
  const t = createTranslator({ locale: ctx.locale, messages }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const role = t(`teamRoles.${values.role}`);
  return {
    subject: t("teamInvitationMail.subject", { initiative: values.initiative }),
    body: t("teamInvitationMail.body", { ...values, role, days: 14 }),
  };
}

/**
 * A coordinator invites a colleague by email: a mailed link, 14 days, single use. Inviting the
 * same address again replaces the earlier link. An address already on the team is refused.
 */
export async function inviteTeamMember(
  viewer: OrganizerViewer,
  initiativeId: string,
  input: TeamInvitationInput,
  ctx: MailContext,
  now = new Date(),
): Promise<WriteResult<undefined>> {
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<WriteResult<{ outboxId: string }>> => {
    if (!(await requireCoordinator(tx, viewer, initiativeId))) return refuse("errors.notFound");
    const email = input.email;
    const [member] = await tx
      .select({ userId: initiativeOrganizers.userId })
      .from(initiativeOrganizers)
      .innerJoin(users, eq(users.id, initiativeOrganizers.userId))
      .where(and(eq(initiativeOrganizers.initiativeId, initiativeId), eq(sql`lower(${users.email})`, email)));
    if (member) return refuse("alreadyTeamMember", "email");
    const [initiative] = await tx.select({ name: initiatives.name }).from(initiatives).where(eq(initiatives.id, initiativeId));
    await tx
      .update(teamInvitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(teamInvitations.initiativeId, initiativeId),
          eq(teamInvitations.email, email),
          isNull(teamInvitations.usedAt),
          isNull(teamInvitations.revokedAt),
        ),
      );
    const { token, hash } = newSecretToken();
    const [created] = await tx
      .insert(teamInvitations)
      .values({ initiativeId, email, role: input.role, tokenHash: hash, invitedByUserId: viewer.userId, expiresAt: invitationExpiry(now), createdAt: now })
      .returning({ id: teamInvitations.id });
    const link = `${ctx.origin.replace(/\/+$/, "")}/${ctx.locale}/team-invitation/${token}`;
    const mail = await composeInvitationMail(ctx, { initiative: initiative!.name, role: input.role, link, inviter: viewer.name ?? viewer.email });
    // Belongs to no event: no event's outbox lists it; the team page shows that it went.
    const outboxId = await enqueueMail(tx, { eventId: null, createdByUserId: viewer.userId, kind: "team-invitation", to: email, ...mail });
    await audit(tx, {
      actorUserId: viewer.userId,
      action: "team.invite",
      entityType: "initiative",
      entityId: initiativeId,
      details: { invitationId: created!.id, role: input.role },
    });
    return ok({ outboxId });
  });
  if (!result.ok) return result;
  await deliverMail(db, [result.value.outboxId]);
  return ok(undefined);
}

export async function revokeTeamInvitation(
  viewer: OrganizerViewer,
  initiativeId: string,
  invitationId: string,
  now = new Date(),
): Promise<WriteResult<undefined>> {
  if (!isUuid(invitationId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await requireCoordinator(tx, viewer, initiativeId))) return refuse("errors.notFound");
    const [revoked] = await tx
      .update(teamInvitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(teamInvitations.id, invitationId),
          eq(teamInvitations.initiativeId, initiativeId),
          isNull(teamInvitations.usedAt),
          isNull(teamInvitations.revokedAt),
        ),
      )
      .returning({ id: teamInvitations.id });
    if (!revoked) return refuse("team.invitationNotLive");
    await audit(tx, {
      actorUserId: viewer.userId,
      action: "team.revoke_invitation",
      entityType: "initiative",
      entityId: initiativeId,
      details: { invitationId },
    });
    return ok(undefined);
  });
}

/** Changes a member's role, or removes them (`role` null). The last coordinator stays. */
async function changeMember(viewer: OrganizerViewer, initiativeId: string, userId: string, role: TeamRole | null): Promise<WriteResult<undefined>> {
  if (!isUuid(userId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    // The whole team, locked: two coordinators demoting each other at once cannot both win.
    const team = await tx
      .select({ userId: initiativeOrganizers.userId, role: initiativeOrganizers.role })
      .from(initiativeOrganizers)
      .where(eq(initiativeOrganizers.initiativeId, initiativeId))
      .for("update");
    const me = team.find((m) => m.userId === viewer.userId);
    if (!me || !roleCan(me.role, "team")) return refuse("errors.notFound");
    const member = team.find((m) => m.userId === userId);
    if (!member) return refuse("errors.notFound");
    const coordinators = team.filter((m) => m.role === "coordinator").length;
    if (leavesNoCoordinator({ from: member.role, to: role }, coordinators)) return refuse("team.lastCoordinator");
    if (role === null) {
      await tx.delete(initiativeOrganizers).where(and(eq(initiativeOrganizers.initiativeId, initiativeId), eq(initiativeOrganizers.userId, userId)));
    } else {
      await tx
        .update(initiativeOrganizers)
        .set({ role })
        .where(and(eq(initiativeOrganizers.initiativeId, initiativeId), eq(initiativeOrganizers.userId, userId)));
    }
    await audit(tx, {
      actorUserId: viewer.userId,
      action: role === null ? "team.remove" : "team.role",
      entityType: "initiative",
      entityId: initiativeId,
      details: { userId, from: member.role, to: role },
    });
    return ok(undefined);
  });
}

export function changeTeamRole(viewer: OrganizerViewer, initiativeId: string, userId: string, role: TeamRole) {
  return changeMember(viewer, initiativeId, userId, role);
}

export function removeTeamMember(viewer: OrganizerViewer, initiativeId: string, userId: string) {
  return changeMember(viewer, initiativeId, userId, null);
}

// ——— The invited colleague (the token is the proof: it was mailed to the address) ———

const invitationColumns = {
  id: teamInvitations.id,
  initiativeId: teamInvitations.initiativeId,
  initiativeName: initiatives.name,
  email: teamInvitations.email,
  role: teamInvitations.role,
  expiresAt: teamInvitations.expiresAt,
  usedAt: teamInvitations.usedAt,
  revokedAt: teamInvitations.revokedAt,
};

function invitationByToken(db: Executor, token: string) {
  return db
    .select(invitationColumns)
    .from(teamInvitations)
    .innerJoin(initiatives, eq(initiatives.id, teamInvitations.initiativeId))
    .where(eq(teamInvitations.tokenHash, hashSecretToken(token)));
}

export type TeamInvitationView =
  | { state: "unknown" }
  | { state: Exclude<InvitationState, "valid">; initiativeName: string }
  | {
      state: "valid";
      initiativeName: string;
      email: string;
      role: TeamRole;
      /** An account with this address exists: accepting needs signing in to it (never a new password here). */
      account: "none" | "organizer" | "delegate";
      /** The signed-in viewer is that account. */
      signedInAsInvitee: boolean;
    };

export async function getTeamInvitation(token: string, viewer: Viewer | null, now = new Date()): Promise<TeamInvitationView> {
  if (!isWellFormedToken(token)) return { state: "unknown" };
  const db = await getDb();
  const [invitation] = await invitationByToken(db, token);
  if (!invitation) return { state: "unknown" };
  const state = invitationState(invitation, now);
  if (state !== "valid") return { state, initiativeName: invitation.initiativeName };
  const [account] = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(eq(sql`lower(${users.email})`, invitation.email));
  return {
    state: "valid",
    initiativeName: invitation.initiativeName,
    email: invitation.email,
    role: invitation.role,
    account: account ? account.role : "none",
    signedInAsInvitee: Boolean(account && viewer?.userId === account.id),
  };
}

/**
 * Accepts: attaches the signed-in account of the invited address to the team, or, when the
 * address has no account, creates an organizer account with the name and password typed here.
 * An existing account is never given a password here, and a delegate's account never joins a team.
 */
export async function acceptTeamInvitation(
  token: string,
  viewer: Viewer | null,
  input: AcceptTeamInvitationInput | null,
  now = new Date(),
): Promise<WriteResult<{ initiativeId: string; accountCreated: boolean; email: string }>> {
  if (!isWellFormedToken(token)) return refuse("team.state.unknown");
  const passwordHash = input?.password ? await hashPassword(input.password) : null;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [invitation] = await invitationByToken(tx, token).for("update", { of: teamInvitations });
    if (!invitation) return refuse("team.state.unknown");
    const state = invitationState(invitation, now);
    if (state !== "valid") return refuse(`team.state.${state}`);
    const [account] = await tx
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(eq(sql`lower(${users.email})`, invitation.email));
    if (account?.role === "delegate") return refuse("team.delegateAccount");
    if (account && viewer?.userId !== account.id) return refuse("team.signInFirst");
    if (!account && (!input || !passwordHash)) return refuse("passwordNeeded", "password");
    const userId =
      account?.id ??
      (await tx.insert(users).values({ email: invitation.email, name: input!.name, role: "organizer", passwordHash }).returning({ id: users.id }))[0]!.id;
    await tx.insert(initiativeOrganizers).values({ initiativeId: invitation.initiativeId, userId, role: invitation.role }).onConflictDoNothing();
    await tx.update(teamInvitations).set({ usedAt: now }).where(eq(teamInvitations.id, invitation.id));
    await audit(tx, {
      actorUserId: userId,
      action: "team.join",
      entityType: "initiative",
      entityId: invitation.initiativeId,
      details: { invitationId: invitation.id, role: invitation.role, accountCreated: !account },
    });
    return ok({ initiativeId: invitation.initiativeId, accountCreated: !account, email: invitation.email });
  });
}
